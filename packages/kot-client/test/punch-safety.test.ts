import { afterEach, describe, expect, test } from 'vitest';
import { createKotClient } from '../src/client.js';
import { KotConnectionError } from '../src/errors/connection-error.js';
import { KotRateLimitError } from '../src/errors/rate-limit-error.js';
import { KotServerError } from '../src/errors/server-error.js';
import { KotTimeoutError } from '../src/errors/timeout-error.js';
import { instantClock } from './support/instant-clock.js';
import { closedPort } from './support/json-server.js';
import { QUIET_TIME, type SimulatorSetup, withSimulator } from './support/simulator-client.js';
import { timeOutOnArrival } from './support/time-out-on-arrival.js';

const TARO = '7785578d3f5de0c0283b521aa67449899c88cc56b2485fa776b7e8f48e2f9c21';
const punch = { date: '2024-02-07', time: '2024-02-07T09:03:00+09:00', code: 'clockIn' } as const;
const POST = { method: 'POST', path: '/daily-workings/timerecord' };

let s: SimulatorSetup | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const posts = (setup: SimulatorSetup) => setup.sim.requests.filter((r) => r.method === 'POST');

describe('the 打刻 POST is never repeated when it may have been applied', () => {
  test('connection dropped after KOT applied it: maybeApplied, one punch, no retry', async () => {
    s = await withSimulator();
    s.sim.faults.add({ kind: 'drop-after-apply', match: POST });
    const error = await s.kot.timerecords.create(TARO, punch).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KotConnectionError);
    expect(error).toMatchObject({ maybeApplied: true, notSent: false, code: 'KOT_CONNECTION_FAILED' });
    expect(posts(s)).toHaveLength(1);
    expect(s.sim.timerecords('0001', '2024-02-07')).toHaveLength(1);
    expect(s.sim.errorDays()).toEqual([]);
  });

  test('connection dropped before applying: still maybeApplied (the client cannot tell), no retry', async () => {
    s = await withSimulator();
    s.sim.faults.add({ kind: 'drop-before-apply', match: POST });
    const error = await s.kot.timerecords.create(TARO, punch).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'KotConnectionError', maybeApplied: true });
    expect(posts(s)).toHaveLength(1);
    expect(s.sim.timerecords('0001')).toHaveLength(0);
  });

  test.each([500, 502, 503])('HTTP %i: KotServerError with maybeApplied, no retry', async (status) => {
    s = await withSimulator();
    s.sim.faults.add({ kind: 'status', status, match: POST });
    const error = await s.kot.timerecords.create(TARO, punch).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KotServerError);
    expect(error).toMatchObject({ status, maybeApplied: true, method: 'POST' });
    expect(posts(s)).toHaveLength(1);
  });

  test('a hang: KotTimeoutError with maybeApplied, no retry', async () => {
    s = await withSimulator({ client: { timeout: 50, totalTimeout: 60_000 } });
    s.sim.faults.add({ kind: 'hang', match: POST });
    // The 50 ms timeout fires once the simulator holds the request, never by a wall-clock race.
    const error = await timeOutOnArrival(s.sim, () => s!.kot.timerecords.create(TARO, punch), 50);
    expect(error).toBeInstanceOf(KotTimeoutError);
    expect(error).toMatchObject({ maybeApplied: true, kind: 'attempt', timeoutMs: 50 });
    expect(posts(s)).toHaveLength(1);
  });

  test('429 (KOT refused it): retried after Retry-After, exactly one punch stored', async () => {
    s = await withSimulator();
    s.sim.faults.add({ kind: 'status', status: 429, headers: { 'retry-after': '3' }, match: POST });
    const created = await s.kot.timerecords.create(TARO, punch);
    expect(created.timeRecord.code).toBe('1');
    expect(posts(s).map((r) => r.status)).toEqual([429, 201]);
    expect(s.sim.timerecords('0001', '2024-02-07')).toHaveLength(1);
    expect(s.clock.sleeps).toContain(3000);
  });

  test('429 on every attempt: KotRateLimitError with maybeApplied false', async () => {
    s = await withSimulator({ client: { retry: 2 } });
    s.sim.faults.add({ kind: 'status', status: 429, times: 3, match: POST });
    const error = await s.kot.timerecords.create(TARO, punch).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KotRateLimitError);
    expect(error).toMatchObject({ maybeApplied: false, status: 429 });
    expect(posts(s)).toHaveLength(3);
    expect(s.sim.timerecords('0001')).toHaveLength(0);
  });

  test('connection refused (never sent): retried, and the final error says it was not applied', async () => {
    const port = await closedPort();
    const clock = instantClock(QUIET_TIME);
    const kot = createKotClient({
      baseUrl: `http://127.0.0.1:${port}/v1.0`,
      token: 't0ken-value',
      clock,
      env: {},
    });
    const error = await kot.timerecords.create(TARO, punch).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KotConnectionError);
    expect(error).toMatchObject({ notSent: true, maybeApplied: false });
    // Three retries after the first attempt, each after a backoff wait.
    expect(clock.sleeps.filter((ms) => ms >= 375)).toHaveLength(3);
  });

  test('punches go through inside restricted hours; reads do not', async () => {
    s = await withSimulator({ at: '2024-02-07T09:00:00+09:00' });
    const created = await s.kot.timerecords.create(TARO, punch);
    expect(created.date).toBe('2024-02-07');
    await expect(s.kot.timerecords.get('2024-02-07')).rejects.toMatchObject({
      name: 'KotRestrictedHoursError',
    });
  });
});
