import { afterEach, describe, expect, test } from 'vitest';
import { KotRateLimitError } from '../src/errors/rate-limit-error.js';
import { QUIET_TIME, type SimulatorSetup, withSimulator } from './support/simulator-client.js';

let s: SimulatorSetup | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('client-side rate limit', () => {
  test('lets a burst through, then spaces requests at the configured rate', async () => {
    s = await withSimulator({ client: { rateLimit: { requestsPerSecond: 2, burst: 3 } } });
    for (let i = 0; i < 6; i++) await s.kot.company.get();
    // The instant clock does not move between requests, so after the burst of 3 each request
    // waits for its own token: 0.5 s apart at 2 per second.
    expect(s.clock.sleeps).toEqual([500, 500, 500]);
    expect(s.events.filter((e) => e.type === 'wait')).toHaveLength(3);
  });

  test('concurrent calls are spaced one token apart', async () => {
    s = await withSimulator({ client: { rateLimit: { requestsPerSecond: 4, burst: 1 } } });
    await Promise.all(Array.from({ length: 4 }, () => s!.kot.company.get()));
    // Each waiting call moves the instant clock on by its wait, so every later call finds the
    // previous token 250 ms old: four calls take 750 ms at 4 per second.
    expect(s.clock.sleeps).toEqual([250, 250, 250]);
    expect(s.clock.now().getTime() - new Date(QUIET_TIME).getTime()).toBe(750);
  });

  test('the default is conservative: 5 at once, then 2 per second', async () => {
    s = await withSimulator();
    for (let i = 0; i < 7; i++) await s.kot.company.get();
    expect(s.clock.sleeps).toEqual([500, 500]);
  });

  test('rateLimit: false never waits', async () => {
    s = await withSimulator({ client: { rateLimit: false } });
    for (let i = 0; i < 20; i++) await s.kot.company.get();
    expect(s.clock.sleeps).toEqual([]);
  });
});

describe('KOT’s rate limit (429, body {"code":"303"})', () => {
  test('the simulator’s limit is retried until every call succeeds', async () => {
    s = await withSimulator({
      sim: { rateLimit: { requestsPerSecond: 1, burst: 2, retryAfterSeconds: 2 } },
      client: { rateLimit: { requestsPerSecond: 10, burst: 10 } },
    });
    for (let i = 0; i < 4; i++) await s.kot.company.get();
    const statuses = s.sim.requests.map((r) => r.status);
    expect(statuses).toContain(429);
    expect(statuses.filter((x) => x === 200)).toHaveLength(4);
    expect(s.clock.sleeps).toContain(2000);
  });

  test('after a 429 the client halves its rate, and recovers after a quiet period', async () => {
    s = await withSimulator({
      client: { rateLimit: { requestsPerSecond: 4, burst: 1, recoveryMs: 60_000 } },
    });
    await s.kot.company.get();
    await s.kot.company.get();
    expect(s.clock.sleeps).toEqual([250]);

    s.sim.faults.add({ kind: 'status', status: 429, headers: { 'retry-after': '1' } });
    await s.kot.company.get();
    s.clock.sleeps.length = 0;
    for (let i = 0; i < 3; i++) await s.kot.company.get();
    expect(s.clock.sleeps).toEqual([500, 500, 500]);

    s.clock.advance(60_000);
    await s.kot.company.get(); // succeeds after the quiet period: the rate doubles back to 4/s
    s.clock.sleeps.length = 0;
    for (let i = 0; i < 3; i++) await s.kot.company.get();
    expect(s.clock.sleeps).toEqual([250, 250, 250]);
  });

  test('a 303 body without 429 status is a rate limit too', async () => {
    s = await withSimulator({ client: { retry: false } });
    s.sim.faults.add({ kind: 'status', status: 403, body: { code: '303', message: 'Too Many Requests' } });
    const error = await s.kot.company.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KotRateLimitError);
    expect(error).toMatchObject({ status: 403, apiErrors: [{ code: 303, message: 'Too Many Requests' }] });
  });

  test('persistent rate limiting ends in KotRateLimitError with when to retry', async () => {
    s = await withSimulator({ client: { retry: 1 } });
    s.sim.faults.add({ kind: 'status', status: 429, times: 5 });
    const error = (await s.kot.company.get().catch((e: unknown) => e)) as KotRateLimitError;
    expect(error).toBeInstanceOf(KotRateLimitError);
    expect(error.retryAfterMs).toBeUndefined();
    expect(error.retryAt.getTime()).toBeGreaterThan(s.clock.now().getTime());
    expect(s.sim.requests).toHaveLength(2);
  });
});
