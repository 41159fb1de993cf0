import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { type CheckedProxyOptions, checkProxyOptions } from './internal/proxy-options.js';
import { runningProxy } from './internal/running-proxy.js';
import type { TestProxy } from './test-proxy.js';
import type { TinyproxyOptions } from './tinyproxy.js';
import { TinyproxyError } from './tinyproxy-error.js';

/**
 * Starts a real HTTP proxy in this process: the npm package `proxy` (basic authentication,
 * `CONNECT` tunnels, plain forwarding) on a free loopback port, with the same options as
 * {@link startTinyproxy}: `auth` requires `Proxy-Authorization: Basic` (else 407), and
 * `connectPorts` refuses a `CONNECT` to any other port with 403, as tinyproxy does. For
 * machines without tinyproxy; prefer {@link startTestProxy}, which picks one. Needs the
 * optional peer dependency `proxy` installed. Always `stop()` it.
 *
 * @example
 * ```ts
 * const proxy = await startNodeProxy({ auth: { username: 'kot', password: 's3cret' } });
 * try {
 *   // createKotClient({ …, proxy: { url: proxy.url, username: 'kot', password: 's3cret' } })
 * } finally {
 *   await proxy.stop();
 * }
 * ```
 */
export async function startNodeProxy(options: TinyproxyOptions = {}): Promise<TestProxy> {
  const checked = checkProxyOptions(options);
  const expected = authorization(checked.auth);
  const ports = checked.connectPorts.length > 0 ? checked.connectPorts : undefined;
  let createProxy: typeof import('proxy').createProxy;
  try {
    ({ createProxy } = await import('proxy'));
  } catch {
    throw new TinyproxyError(
      'TINYPROXY_NOT_FOUND',
      'neither tinyproxy nor the npm package "proxy" is installed: install Debian tinyproxy-bin or `npm install proxy`',
    );
  }
  let output = '';
  const server = createProxy(createServer());
  if (expected) {
    server.authenticate = (req: IncomingMessage) => matches(req.headers['proxy-authorization'], expected);
  }
  // Log each tunnel, and refuse ports outside connectPorts before the package's own handler runs.
  const [connect] = server.listeners('connect') as Array<
    (req: IncomingMessage, socket: Socket, head: Buffer) => void
  >;
  server.removeAllListeners('connect');
  server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    output += `CONNECT ${req.url ?? ''} HTTP/${req.httpVersion}\n`;
    const port = Number((req.url ?? '').split(':').pop());
    if (ports && !ports.includes(port)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      return;
    }
    connect?.call(server, req, socket, head);
  });
  server.prependListener('request', (req: IncomingMessage) => {
    output += `${req.method ?? ''} ${req.url ?? ''} HTTP/${req.httpVersion}\n`;
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  output += `Accepting connections on 127.0.0.1:${port}\n`;
  return {
    kind: 'node',
    ...runningProxy({
      port,
      output: () => output,
      stop: () =>
        new Promise<void>((resolve) => {
          // Open tunnels would keep the server open: end them with it.
          for (const socket of sockets) socket.destroy();
          server.close(() => resolve());
        }),
    }),
  };
}

/** The expected `Proxy-Authorization` value, or undefined without `auth`. */
function authorization(auth: CheckedProxyOptions['auth']): Buffer | undefined {
  if (!auth) return undefined;
  return Buffer.from(`Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`);
}

function matches(header: string | undefined, expected: Buffer): boolean {
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
