// Copied from packages/kot-client/test/support/tinyproxy.ts: a real tinyproxy for the proxy tests.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** A running tinyproxy on 127.0.0.1. */
export interface Tinyproxy {
  /** `http://127.0.0.1:PORT`. */
  url: string;
  port: number;
  /** Everything tinyproxy logged so far. */
  output(): string;
  stop(): Promise<void>;
}

/** Options of {@link startTinyproxy}. */
export interface TinyproxyOptions {
  /** Require basic authentication with this user and password. */
  auth?: { user: string; password: string };
  /** Ports CONNECT may reach (tinyproxy allows every port when none is listed). */
  connectPorts?: number[];
}

/** The tinyproxy binary: `$TINYPROXY_BIN`, /usr/bin/tinyproxy, or `tinyproxy` on PATH. */
function findTinyproxy(): string {
  const candidates = [
    process.env.TINYPROXY_BIN,
    '/usr/bin/tinyproxy',
    '/usr/sbin/tinyproxy',
    ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'tinyproxy')),
  ];
  const found = candidates.find((c): c is string => c !== undefined && c !== '' && existsSync(c));
  if (!found) {
    // The proxy tests must run in CI: fail loudly instead of skipping.
    throw new Error(
      'tinyproxy is not installed, and the proxy tests need a real one: install Debian tinyproxy-bin ' +
        '(apt-get install -y tinyproxy-bin; .ci/run does this) or set TINYPROXY_BIN',
    );
  }
  return found;
}

/**
 * Starts tinyproxy in the foreground with a generated configuration on a free loopback port and
 * resolves once it accepts connections. Stop it with `stop()`.
 */
export async function startTinyproxy(options: TinyproxyOptions = {}): Promise<Tinyproxy> {
  const binary = findTinyproxy();
  const dir = await mkdtemp(join(tmpdir(), 'pclogin-tinyproxy-'));
  for (let attempt = 0; ; attempt++) {
    const port = await closedPort();
    const config = [
      `Port ${port}`,
      'Listen 127.0.0.1',
      'Allow 127.0.0.1',
      'Timeout 30',
      'LogLevel Info',
      'MaxClients 20',
      ...(options.auth ? [`BasicAuth ${options.auth.user} ${options.auth.password}`] : []),
      ...(options.connectPorts ?? []).map((p) => `ConnectPort ${p}`),
    ].join('\n');
    const file = join(dir, 'tinyproxy.conf');
    await writeFile(file, `${config}\n`);
    const child = spawn(binary, ['-d', '-c', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const ready = await new Promise<boolean>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Accepting connections')) resolve(true);
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('error', reject);
      child.once('exit', () => resolve(false));
    });
    if (ready) {
      return {
        url: `http://127.0.0.1:${port}`,
        port,
        output: () => output,
        stop: () => stopChild(child).then(() => rm(dir, { recursive: true, force: true })),
      };
    }
    // Another process took the port between choosing and binding it: try another one.
    if (attempt >= 3) {
      await rm(dir, { recursive: true, force: true });
      throw new Error(`tinyproxy did not start:\n${output}`);
    }
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** A loopback port that was free a moment ago. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
