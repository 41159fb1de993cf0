import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findTinyproxy } from './internal/find-tinyproxy.js';
import { freePort } from './internal/free-port.js';
import { checkProxyOptions } from './internal/proxy-options.js';
import { runningProxy } from './internal/running-proxy.js';
import { TinyproxyError } from './tinyproxy-error.js';

/** A running tinyproxy on 127.0.0.1, from {@link startTinyproxy}. */
export interface Tinyproxy {
  /** `http://127.0.0.1:PORT`, e.g. for the client's `proxy` option. */
  url: string;
  /** The loopback port it listens on. */
  port: number;
  /** Everything tinyproxy logged so far, e.g. to check that a request was tunnelled (`CONNECT host:port`). */
  output(): string;
  /** Stops tinyproxy and removes its configuration; resolves once the process has exited. */
  stop(): Promise<void>;
}

/** Options of {@link startTinyproxy}. */
export interface TinyproxyOptions {
  /**
   * Require basic authentication (`BasicAuth`) with this user name and password; neither may
   * contain white space.
   * @default no authentication
   */
  auth?: { username: string; password: string };
  /**
   * Ports `CONNECT` may reach (`ConnectPort`), e.g. the simulator's port.
   * @default every port (tinyproxy allows all when none is listed)
   */
  connectPorts?: readonly number[];
}

/**
 * Starts a real tinyproxy (Debian `tinyproxy-bin`) in the foreground on a free loopback port,
 * with a generated configuration, and resolves once it accepts connections — for testing proxy
 * set-ups (basic authentication, a wrong password, `CONNECT` restrictions) against the simulator.
 * Always `stop()` it.
 *
 * The binary is `$TINYPROXY_BIN` when set, else `tinyproxy` on `PATH`. Throws {@link TinyproxyError} with code `TINYPROXY_NOT_FOUND` when there
 * is none (tests relying on it fail rather than skip), `TINYPROXY_INVALID_OPTIONS` for a user name,
 * password or port tinyproxy cannot take, and `TINYPROXY_START_FAILED` with tinyproxy's output when
 * it exits before accepting connections.
 *
 * @example
 * ```ts
 * import { createKotClient } from '@pclogin/kot-client';
 * import { startKotSimulator, startTinyproxy } from '@pclogin/kot-client/testing';
 *
 * const sim = await startKotSimulator();
 * const proxy = await startTinyproxy({ auth: { username: 'kot', password: 's3cret' }, connectPorts: [sim.port] });
 * const kot = createKotClient({
 *   baseUrl: sim.baseUrl,
 *   token: sim.token,
 *   proxy: { url: proxy.url, username: 'kot', password: 's3cret' },
 * });
 * try {
 *   await kot.employees.list();
 *   console.log(proxy.output().includes(`CONNECT 127.0.0.1:${sim.port}`)); // true
 * } finally {
 *   await kot.close();
 *   await proxy.stop();
 *   await sim.close();
 * }
 * ```
 */
export async function startTinyproxy(options: TinyproxyOptions = {}): Promise<Tinyproxy> {
  const settings = configLines(options);
  const binary = findTinyproxy();
  if (!binary) {
    throw new TinyproxyError(
      'TINYPROXY_NOT_FOUND',
      'tinyproxy is not installed: install Debian tinyproxy-bin (apt-get install -y tinyproxy-bin) ' +
        'or set TINYPROXY_BIN to the binary',
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'pclogin-tinyproxy-'));
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const config = [
      `Port ${port}`,
      'Listen 127.0.0.1',
      'Allow 127.0.0.1',
      'Timeout 30',
      'LogLevel Info',
      'MaxClients 20',
      ...settings,
    ].join('\n');
    const file = join(dir, 'tinyproxy.conf');
    await writeFile(file, `${config}\n`, { mode: 0o600 });
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
      return runningProxy({
        port,
        output: () => output,
        stop: () => stopChild(child).then(() => rm(dir, { recursive: true, force: true })),
      });
    }
    // Another process took the port between choosing and binding it: try another one.
    if (attempt >= 3) {
      await rm(dir, { recursive: true, force: true });
      throw new TinyproxyError('TINYPROXY_START_FAILED', `tinyproxy did not start:\n${output}`);
    }
  }
}

/** The `BasicAuth` and `ConnectPort` lines; refuses what would break the configuration file. */
function configLines(options: TinyproxyOptions): string[] {
  const { auth, connectPorts } = checkProxyOptions(options);
  return [
    ...(auth ? [`BasicAuth ${auth.username} ${auth.password}`] : []),
    ...connectPorts.map((port) => `ConnectPort ${port}`),
  ];
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
