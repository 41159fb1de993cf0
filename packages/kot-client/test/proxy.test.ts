import { inspect } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { createKotClient } from '../src/client.js';
import { KotConnectionError } from '../src/errors/connection-error.js';
import { KotProxyAuthenticationError } from '../src/errors/proxy-authentication-error.js';
import { startTestProxy, type TestProxy } from '../src/testing/index.js';
import type { TinyproxyOptions } from '../src/testing/tinyproxy.js';
import { closedPort } from './support/json-server.js';
import { PROXY_KINDS } from './support/proxy-kinds.js';
import { type SimulatorSetup, withSimulator } from './support/simulator-client.js';

const TARO = '7785578d3f5de0c0283b521aa67449899c88cc56b2485fa776b7e8f48e2f9c21';
const PASSWORD = 'pr0xy-Pa55word-xyz';

let s: SimulatorSetup | undefined;
let proxy: TestProxy | undefined;
afterEach(async () => {
  await s?.close();
  await proxy?.stop();
  s = undefined;
  proxy = undefined;
});

const tunnelled = (p: TestProxy, port: number) => p.output().includes(`CONNECT 127.0.0.1:${port}`);

// Every proxy test runs against each real proxy at hand: tinyproxy where it is installed, and
// always the npm \`proxy\` package, so a machine with only Node.js and npm runs them all too.
describe.each(PROXY_KINDS)('%s', (kind) => {
  const startProxy = (options: TinyproxyOptions = {}) =>
    startTestProxy(options, { ...process.env, PCLOGIN_TEST_PROXY: kind });

  describe('through a real proxy', () => {
    test('without authentication', async () => {
      s = await withSimulator();
      proxy = await startProxy({ connectPorts: [s.sim.port] });
      const kot = s.client({ proxy: { url: proxy.url } });
      expect((await kot.company.get()).code).toBe('sample');
      expect(tunnelled(proxy, s.sim.port)).toBe(true);
    });

    test('with basic authentication', async () => {
      s = await withSimulator();
      proxy = await startProxy({
        auth: { username: 'kot', password: PASSWORD },
        connectPorts: [s.sim.port],
      });
      const kot = s.client({ proxy: { url: proxy.url, username: 'kot', password: PASSWORD } });
      expect((await kot.employees.get('0001')).key).toBe(TARO);
      const created = await kot.timerecords.create(TARO, {
        date: '2024-02-07',
        time: '2024-02-07T09:00:00+09:00',
        code: 'clockIn',
      });
      expect(created.timeRecord.code).toBe('1');
      expect(tunnelled(proxy, s.sim.port)).toBe(true);
    });

    test('credentials in the proxy URL are used', async () => {
      s = await withSimulator();
      proxy = await startProxy({
        auth: { username: 'kot', password: PASSWORD },
        connectPorts: [s.sim.port],
      });
      const kot = s.client({ proxy: `http://kot:${PASSWORD}@127.0.0.1:${proxy.port}` });
      expect((await kot.company.get()).code).toBe('sample');
    });

    test('a wrong password: KotProxyAuthenticationError naming the proxy, never the password', async () => {
      s = await withSimulator();
      proxy = await startProxy({
        auth: { username: 'kot', password: PASSWORD },
        connectPorts: [s.sim.port],
      });
      const wrong = 'WrongPassw0rd-123';
      const kot = s.client({ proxy: { url: proxy.url, username: 'kot', password: wrong } });
      const error = await kot.company.get().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(KotProxyAuthenticationError);
      const proxyError = error as KotProxyAuthenticationError;
      expect(proxyError).toMatchObject({
        code: 'KOT_PROXY_AUTHENTICATION_FAILED',
        proxy: `http://127.0.0.1:${proxy.port}`,
        credentialsSent: true,
        maybeApplied: false,
      });
      expect([401, 407]).toContain(proxyError.proxyStatus);
      expect(proxyError.message).toContain(`127.0.0.1:${proxy.port}`);
      expect(proxyError.message).toMatch(/check the proxy user name and password/);
      for (const text of [
        proxyError.message,
        JSON.stringify(proxyError),
        inspect(proxyError, { depth: 10 }),
      ]) {
        expect(text).not.toContain(wrong);
        expect(text).not.toContain(PASSWORD);
      }
      // Not retried, and nothing reached KING OF TIME.
      expect(s.sim.requests).toHaveLength(0);
      expect(s.events.filter((e) => e.type === 'request')).toHaveLength(1);
    });

    test('a wrong password on the 打刻 POST: not applied, not retried', async () => {
      s = await withSimulator();
      proxy = await startProxy({
        auth: { username: 'kot', password: PASSWORD },
        connectPorts: [s.sim.port],
      });
      const kot = s.client({ proxy: { url: proxy.url, username: 'kot', password: 'nope-nope' } });
      const error = await kot.timerecords
        .create(TARO, { date: '2024-02-07', time: '2024-02-07T09:00:00+09:00', code: 'clockIn' })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'KotProxyAuthenticationError', maybeApplied: false });
      expect(s.sim.timerecords()).toHaveLength(0);
    });

    test('no credentials for an authenticating proxy says so', async () => {
      s = await withSimulator();
      proxy = await startProxy({
        auth: { username: 'kot', password: PASSWORD },
        connectPorts: [s.sim.port],
      });
      const error = await s
        .client({ proxy: proxy.url })
        .company.get()
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'KotProxyAuthenticationError', credentialsSent: false });
      expect((error as Error).message).toMatch(/requires authentication/);
    });

    test('a port the proxy refuses to CONNECT to is a connection error, not sent', async () => {
      s = await withSimulator();
      proxy = await startProxy({ connectPorts: [443] });
      const error = await s
        .client({ proxy: proxy.url, retry: false })
        .company.get()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(KotConnectionError);
      expect(error).toMatchObject({
        notSent: true,
        maybeApplied: false,
        proxy: `http://127.0.0.1:${proxy.port}`,
      });
      expect(s.sim.requests).toHaveLength(0);
    });
  });

  describe('proxy from the environment, as curl reads it', () => {
    test('http_proxy with credentials is used for an http base URL', async () => {
      s = await withSimulator();
      proxy = await startProxy({
        auth: { username: 'kot', password: PASSWORD },
        connectPorts: [s.sim.port],
      });
      const kot = s.client({ env: { http_proxy: `http://kot:${PASSWORD}@127.0.0.1:${proxy.port}` } });
      expect((await kot.company.get()).code).toBe('sample');
      expect(tunnelled(proxy, s.sim.port)).toBe(true);
    });

    test('NO_PROXY bypasses it', async () => {
      s = await withSimulator();
      proxy = await startProxy({ connectPorts: [s.sim.port] });
      const kot = s.client({ env: { http_proxy: proxy.url, NO_PROXY: 'example.com,127.0.0.1' } });
      expect((await kot.company.get()).code).toBe('sample');
      expect(tunnelled(proxy, s.sim.port)).toBe(false);
    });

    test('proxy: false ignores the environment', async () => {
      s = await withSimulator();
      const port = await closedPort();
      const kot = s.client({ proxy: false, env: { http_proxy: `http://127.0.0.1:${port}` } });
      expect((await kot.company.get()).code).toBe('sample');
    });

    test('an unreachable proxy is a connection error naming it, not sent', async () => {
      s = await withSimulator();
      const port = await closedPort();
      const kot = s.client({ env: { http_proxy: `http://127.0.0.1:${port}` }, retry: false });
      const error = await kot.company.get().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(KotConnectionError);
      expect(error).toMatchObject({ notSent: true, proxy: `http://127.0.0.1:${port}` });
      expect((error as Error).message).toContain(`through the proxy http://127.0.0.1:${port}`);
    });
  });
});

test('a proxy option with an unusable URL is a configuration error', () => {
  expect(() => createKotClient({ token: 'tok-123', proxy: 'socks5://127.0.0.1:1080', env: {} })).toThrow(
    /proxy.*only http:\/\/ and https:\/\/ proxies/,
  );
});
