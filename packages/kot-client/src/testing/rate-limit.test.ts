import { afterEach, describe, expect, it } from 'vitest';
import { call, manualClock } from './internal/test-client.js';
import type { KotSimulator } from './kot-simulator.js';
import { startKotSimulator } from './start-kot-simulator.js';

const TARO = '7785578d3f5de0c0283b521aa67449899c88cc56b2485fa776b7e8f48e2f9c21';

describe('rate limit', () => {
  let sim: KotSimulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it('is off by default', async () => {
    sim = await startKotSimulator({ clock: manualClock('2024-02-07T11:00:00+09:00').clock });
    const statuses = await Promise.all(Array.from({ length: 30 }, () => call(sim!, '/company')));
    expect(statuses.every((answer) => answer.status === 200)).toBe(true);
  });

  it('answers 429 with the 303 body over the burst, and refills by the injected clock', async () => {
    const time = manualClock('2024-02-07T11:00:00+09:00');
    sim = await startKotSimulator({ clock: time.clock, rateLimit: { requestsPerSecond: 2, burst: 3 } });
    const statuses: number[] = [];
    for (let index = 0; index < 4; index++) statuses.push((await call(sim, '/company')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await call(sim, '/company');
    expect(refused.status).toBe(429);
    expect(refused.json).toEqual({ code: '303', message: 'Too Many Requests' });
    expect(refused.headers.get('retry-after')).toBeNull();

    time.advance(500); // one token at 2 per second
    expect((await call(sim, '/company')).status).toBe(200);
    expect((await call(sim, '/company')).status).toBe(429);
    time.advance(10_000); // refills up to the burst only
    const after: number[] = [];
    for (let index = 0; index < 4; index++) after.push((await call(sim, '/company')).status);
    expect(after).toEqual([200, 200, 200, 429]);
  });

  it('counts the punch POST too and does not store a refused punch', async () => {
    sim = await startKotSimulator({
      clock: manualClock('2024-02-07T11:00:00+09:00').clock,
      rateLimit: { requestsPerSecond: 1, burst: 1, retryAfterSeconds: 2 },
    });
    const body = { date: '2024-02-07', time: '2024-02-07T10:59:00+09:00', code: '1' };
    const first = await call(sim, `/daily-workings/timerecord/${TARO}`, { method: 'POST', body });
    const second = await call(sim, `/daily-workings/timerecord/${TARO}`, { method: 'POST', body });
    expect([first.status, second.status]).toEqual([201, 429]);
    expect(second.headers.get('retry-after')).toBe('2');
    expect(sim.timerecords(TARO)).toHaveLength(1);
  });

  it('can be switched on and off while running', async () => {
    sim = await startKotSimulator({ clock: manualClock('2024-02-07T11:00:00+09:00').clock });
    sim.configure({ rateLimit: { requestsPerSecond: 1 } });
    expect((await call(sim, '/company')).status).toBe(200);
    expect((await call(sim, '/company')).status).toBe(429);
    sim.configure({ rateLimit: false });
    expect((await call(sim, '/company')).status).toBe(200);
  });
});
