import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createKotClient } from '../src/client.js';
import { KotError } from '../src/errors/kot-error.js';
import { startTestProxy, type TestProxy } from '../src/testing/index.js';
import { instantClock } from './support/instant-clock.js';
import { closedPort, type JsonServer, startJsonServer } from './support/json-server.js';
import { QUIET_TIME, type SimulatorSetup, withSimulator } from './support/simulator-client.js';
import { timeOutOnArrival } from './support/time-out-on-arrival.js';

const TOKEN = 'c0ffee00deadbeef5ec7e7a11700ken1';
const PROXY_PASSWORD = 'Pr0xy-5ecret-pa55';
const TARO = '7785578d3f5de0c0283b521aa67449899c88cc56b2485fa776b7e8f48e2f9c21';
const SECRETS = [
  TOKEN,
  PROXY_PASSWORD,
  encodeURIComponent(PROXY_PASSWORD),
  Buffer.from(`kot:${PROXY_PASSWORD}`).toString('base64'),
  Buffer.from(`kot:wrong-${PROXY_PASSWORD}`).toString('base64'),
];

/** Every way an error or value ends up in a log. */
function renderings(value: unknown): string[] {
  const out = [
    inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true, getters: true }),
    inspect(value, { depth: Number.POSITIVE_INFINITY }),
    JSON.stringify(value) ?? '',
    String(value),
  ];
  if (value instanceof Error) {
    out.push(
      value.message,
      value.stack ?? '',
      inspect(value.cause, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    );
  }
  return out;
}

function expectNoSecret(value: unknown): void {
  for (const text of renderings(value)) {
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  }
}

let s: SimulatorSetup;
let proxy: TestProxy;
let garbage: JsonServer;
const errors = new Map<string, unknown>();

async function capture(label: string, call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    errors.set(label, error);
    return;
  }
  throw new Error(`${label} did not fail`);
}

beforeAll(async () => {
  s = await withSimulator({ sim: { token: TOKEN } });
  proxy = await startTestProxy({
    auth: { username: 'kot', password: PROXY_PASSWORD },
    connectPorts: [s.sim.port],
  });
  // A server that echoes the token in its error messages and answers garbage to reads.
  garbage = await startJsonServer((request) =>
    request.url.includes('/employees')
      ? { json: { unexpected: TOKEN } }
      : {
          status: 403,
          json: { errors: [{ message: `Token ${TOKEN} is not allowed from this IP`, code: 3 }] },
        },
  );
  const echo = createKotClient({
    baseUrl: garbage.baseUrl,
    token: TOKEN,
    env: {},
    clock: instantClock(QUIET_TIME),
  });

  await capture('KotAuthenticationError', () => s.client({ token: `${TOKEN}x` }).company.get());
  await capture('KotPermissionError (message echoing the token)', () => echo.company.get());
  await capture('KotResponseValidationError', () => echo.employees.list());
  await capture('KotRestrictedHoursError (client)', () => {
    s.clock.set('2024-02-07T09:00:00+09:00');
    return s.kot.company.get().finally(() => s.clock.set(QUIET_TIME));
  });
  await capture('KotRestrictedHoursError (server, token path)', async () => {
    s.clock.set('2024-02-07T09:00:00+09:00');
    return s
      .client({ restrictedHours: { precheck: false } })
      .tokens.refresh()
      .finally(() => s.clock.set(QUIET_TIME));
  });
  s.sim.faults.add({ kind: 'status', status: 429, headers: { 'retry-after': '600' } });
  await capture('KotRateLimitError', () => s.client().tokens.available());
  await capture('KotNotFoundError', () => s.kot.employees.get('none'));
  await capture('KotBadRequestError', () => s.kot.employees.list({ date: '2001-01-01' }));
  s.sim.faults.add({ kind: 'status', status: 500 });
  await capture('KotServerError (token path)', () => s.kot.tokens.refresh());
  s.sim.faults.add({ kind: 'status', status: 409 });
  await capture('KotApiError', () => s.kot.tokens.revoke());
  s.sim.faults.add({ kind: 'drop-after-apply' });
  await capture('KotConnectionError (reset)', () =>
    s.kot.timerecords.create(TARO, { date: '2024-02-07', time: '2024-02-07T09:00:00+09:00' }),
  );
  const port = await closedPort();
  await capture('KotConnectionError (refused, token path)', () =>
    s.client({ baseUrl: `http://127.0.0.1:${port}/v1.0`, retry: false }).tokens.refresh(),
  );
  s.sim.faults.add({ kind: 'hang' });
  await capture('KotTimeoutError (token path)', () =>
    timeOutOnArrival(s.sim, () => s.client({ timeout: 50 }).tokens.refresh(), 50).then((error) => {
      throw error;
    }),
  );
  await capture('KotProxyAuthenticationError', () =>
    s
      .client({ proxy: { url: proxy.url, username: 'kot', password: `wrong-${PROXY_PASSWORD}` } })
      .company.get(),
  );
  await capture('KotConnectionError (through the proxy)', () =>
    s
      .client({ proxy: { url: `http://kot:${PROXY_PASSWORD}@127.0.0.1:${port}` }, retry: false })
      .company.get(),
  );
  await capture('KotInputError', () => s.kot.employees.get(1 as unknown as string));
  await capture('KotConfigurationError', async () =>
    createKotClient({ token: TOKEN, timeout: -1, proxy: { url: `http://kot:${PROXY_PASSWORD}@[bad` } }),
  );
  await capture('KotConfigurationError (proxy URL)', async () =>
    createKotClient({ token: TOKEN, env: {}, proxy: `ftp://kot:${PROXY_PASSWORD}@proxy:21` }),
  );
});

afterAll(async () => {
  await s.close();
  await proxy.stop();
  await garbage.close();
});

describe('no token or proxy password in anything the client produces', () => {
  test('every error kind was produced', () => {
    const names = new Set([...errors.values()].map((e) => (e as KotError).name));
    expect([...names].sort()).toEqual(
      [
        'KotApiError',
        'KotAuthenticationError',
        'KotBadRequestError',
        'KotConfigurationError',
        'KotConnectionError',
        'KotInputError',
        'KotNotFoundError',
        'KotPermissionError',
        'KotProxyAuthenticationError',
        'KotRateLimitError',
        'KotResponseValidationError',
        'KotRestrictedHoursError',
        'KotServerError',
        'KotTimeoutError',
      ].sort(),
    );
    for (const error of errors.values()) expect(KotError.isInstance(error)).toBe(true);
  });

  test('every error: message, stack, JSON, inspect, cause', () => {
    expect(errors.size).toBeGreaterThanOrEqual(18);
    for (const [label, error] of errors) {
      for (const text of renderings(error)) {
        for (const secret of SECRETS) expect(text, label).not.toContain(secret);
      }
    }
  });

  test('paths with the token read /tokens/[REDACTED]', () => {
    const error = errors.get('KotServerError (token path)') as { path: string; message: string };
    expect(error.path).toBe('/tokens/[REDACTED]');
    expect(error.message).toContain('/tokens/[REDACTED]');
  });

  test('a server message echoing the token is redacted', () => {
    const error = errors.get('KotPermissionError (message echoing the token)') as {
      apiErrors: { message: string }[];
    };
    expect(error.apiErrors[0]?.message).toBe('Token [REDACTED] is not allowed from this IP');
  });

  test('log events', () => {
    expect(s.events.length).toBeGreaterThan(20);
    expect(s.events.some((e) => e.path === '/tokens/[REDACTED]')).toBe(true);
    expectNoSecret(s.events);
  });

  test('the client, its resources and a refreshed token', async () => {
    const kot = s.client({ proxy: { url: proxy.url, username: 'kot', password: PROXY_PASSWORD } });
    expectNoSecret(kot);
    expectNoSecret(kot.tokens);
    const refreshed = await s.kot.tokens.refresh();
    expect(refreshed.token).toBe(s.sim.token);
    for (const text of renderings(refreshed)) {
      expect(text).not.toContain(refreshed.token);
      expect(text).toContain('[REDACTED]');
    }
    expect(`${refreshed}`).not.toContain(refreshed.token);
  });
});
