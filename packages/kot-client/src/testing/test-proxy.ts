import { testProxyKind } from './internal/test-proxy-kind.js';
import { startNodeProxy } from './node-proxy.js';
import { startTinyproxy, type TinyproxyOptions } from './tinyproxy.js';

/** A running HTTP proxy started by {@link startTestProxy} or {@link startNodeProxy}. */
export interface TestProxy {
  /** Which proxy this is: Debian's tinyproxy, or the npm `proxy` package in this process. */
  kind: 'tinyproxy' | 'node';
  /** `http://127.0.0.1:PORT`, e.g. for the client's `proxy` option. */
  url: string;
  /** The loopback port it listens on. */
  port: number;
  /** What it logged so far; both kinds log a tunnel as `CONNECT host:port`. */
  output(): string;
  /** Stops the proxy; resolves once it is gone. */
  stop(): Promise<void>;
}

/**
 * Starts a real HTTP proxy on a free loopback port for tests (basic authentication, `CONNECT`
 * restrictions): **tinyproxy** where it is installed (Debian `tinyproxy-bin`, or
 * `$TINYPROXY_BIN`), otherwise the npm package **`proxy`** in this process, so tests run on a
 * machine with only Node.js and npm. Never a skip. `PCLOGIN_TEST_PROXY=tinyproxy` insists on
 * tinyproxy (failing when it is missing), `PCLOGIN_TEST_PROXY=node` uses the npm proxy even
 * where tinyproxy is installed. Always `stop()` it.
 *
 * @example
 * ```ts
 * import { startKotSimulator, startTestProxy } from '@pclogin/kot-client/testing';
 *
 * const sim = await startKotSimulator();
 * const proxy = await startTestProxy({ auth: { username: 'kot', password: 's3cret' }, connectPorts: [sim.port] });
 * try {
 *   // createKotClient({ baseUrl: sim.baseUrl, token: sim.token, proxy: { url: proxy.url, username: 'kot', password: 's3cret' } })
 *   console.log(proxy.kind); // 'tinyproxy' or 'node'
 * } finally {
 *   await proxy.stop();
 *   await sim.close();
 * }
 * ```
 */
export async function startTestProxy(
  options: TinyproxyOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<TestProxy> {
  const kind = testProxyKind(env);
  if (kind === 'node') return startNodeProxy(options);
  return { kind: 'tinyproxy', ...(await startTinyproxy(options)) };
}
