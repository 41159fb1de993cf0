import { afterEach, describe, expect, test, vi } from 'vitest';
import { KotApiError } from '../src/errors/api-error.js';
import { KotAuthenticationError } from '../src/errors/authentication-error.js';
import { KotRateLimitError } from '../src/errors/rate-limit-error.js';
import { KotServerError } from '../src/errors/server-error.js';
import { type SimulatorSetup, withSimulator } from './support/simulator-client.js';

const GET_COMPANY = { method: 'GET', path: '/company' };

let s: SimulatorSetup | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const companyRequests = (setup: SimulatorSetup) =>
  setup.sim.requests.filter((r) => r.path.endsWith('/company'));

/** Backoff waits are initial·2^(n-1), capped, minus up to 25 % jitter. */
function expectBackoff(sleeps: number[], initial = 500, max = 8000) {
  sleeps.forEach((ms, i) => {
    const base = Math.min(initial * 2 ** i, max);
    expect(ms).toBeGreaterThanOrEqual(base * 0.75);
    expect(ms).toBeLessThanOrEqual(base);
  });
}

describe('reads retry on 408, 429, 5xx and connection failures', () => {
  test.each([500, 502, 503, 504, 408])('HTTP %i twice, then success', async (status) => {
    s = await withSimulator({ client: { rateLimit: false } });
    s.sim.faults.add({ kind: 'status', status, times: 2, match: GET_COMPANY });
    const company = await s.kot.company.get();
    expect(company.code).toBe('sample');
    expect(companyRequests(s).map((r) => r.status)).toEqual([status, status, 200]);
    expect(s.clock.sleeps).toHaveLength(2);
    expectBackoff(s.clock.sleeps);
  });

  test('a dropped connection on a read is retried', async () => {
    s = await withSimulator({ client: { rateLimit: false } });
    s.sim.faults.add({ kind: 'drop-before-apply', times: 1, match: GET_COMPANY });
    await expect(s.kot.company.get()).resolves.toMatchObject({ code: 'sample' });
    expect(companyRequests(s).map((r) => r.outcome)).toEqual(['dropped', 'answered']);
  });

  test('gives up after maxRetries with the last error', async () => {
    s = await withSimulator({
      client: { retry: { maxRetries: 4, initialDelayMs: 100, maxDelayMs: 400 }, rateLimit: false },
    });
    s.sim.faults.add({ kind: 'status', status: 503, times: 10, match: GET_COMPANY });
    const error = await s.kot.company.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KotServerError);
    expect(error).toMatchObject({ status: 503, maybeApplied: false, path: '/company', method: 'GET' });
    expect(companyRequests(s)).toHaveLength(5);
    expect(s.clock.sleeps).toHaveLength(4);
    expectBackoff(s.clock.sleeps, 100, 400);
  });

  test('retry: false sends once', async () => {
    s = await withSimulator({ client: { retry: false } });
    s.sim.faults.add({ kind: 'status', status: 500, times: 2, match: GET_COMPANY });
    await expect(s.kot.company.get()).rejects.toBeInstanceOf(KotServerError);
    expect(companyRequests(s)).toHaveLength(1);
  });

  test('401 and 404 are not retried', async () => {
    s = await withSimulator();
    const wrong = s.client({ token: 'not-the-right-token' });
    const error = await wrong.company.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KotAuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 'KOT_AUTHENTICATION_FAILED' });
    await expect(s.kot.employees.get('nobody')).rejects.toMatchObject({ status: 404 });
    expect(s.sim.requests).toHaveLength(2);
  });

  test('Retry-After is honoured', async () => {
    s = await withSimulator({ client: { rateLimit: false } });
    s.sim.faults.add({ kind: 'status', status: 429, headers: { 'retry-after': '7' }, match: GET_COMPANY });
    await s.kot.company.get();
    expect(s.clock.sleeps).toEqual([7000]);
  });

  test('Retry-After over 60 s: no retry; the error carries the wait', async () => {
    s = await withSimulator({ client: { rateLimit: false } });
    s.sim.faults.add({ kind: 'status', status: 429, headers: { 'retry-after': '120' }, match: GET_COMPANY });
    const error = await s.kot.company.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KotRateLimitError);
    const rateLimit = error as KotRateLimitError;
    expect(rateLimit.retryAfterMs).toBe(120_000);
    expect(rateLimit.retryAt.getTime() - s.clock.now().getTime()).toBe(120_000);
    expect(companyRequests(s)).toHaveLength(1);
    expect(s.clock.sleeps).toEqual([]);
  });

  test('the total timeout stops retries that would not finish in time', async () => {
    s = await withSimulator({
      client: {
        rateLimit: false,
        totalTimeout: 2_000,
        timeout: 1_000,
        retry: { maxRetries: 10, initialDelayMs: 600 },
      },
    });
    s.sim.faults.add({ kind: 'status', status: 500, times: 10, match: GET_COMPANY });
    // What is left of the 2 s after the (instant) waits becomes a real per-attempt timer, as short
    // as a few hundred ms: faked, so a busy machine cannot turn a 500 into a timeout.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await expect(s.kot.company.get()).rejects.toBeInstanceOf(KotServerError);
    } finally {
      vi.useRealTimers();
    }
    // 600·(0.75–1) then 1200·(0.75–1) fit in 2 s only once or twice; never ten times.
    const total = s.clock.sleeps.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(2_000);
    expect(companyRequests(s).length).toBeLessThanOrEqual(3);
  });

  test('any other status is a plain KotApiError, not retried', async () => {
    s = await withSimulator();
    s.sim.faults.add({
      kind: 'status',
      status: 409,
      body: { errors: [{ message: '競合', code: 999 }] },
      match: GET_COMPANY,
    });
    const error = await s.kot.company.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KotApiError);
    expect(error).toMatchObject({
      name: 'KotApiError',
      status: 409,
      apiErrors: [{ message: '競合', code: 999 }],
    });
    expect(companyRequests(s)).toHaveLength(1);
  });
});
