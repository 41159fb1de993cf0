import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, manualClock } from './internal/test-client.js';
import type { KotSimulator } from './kot-simulator.js';
import { startKotSimulator } from './start-kot-simulator.js';

const RANGED = ['/daily-workings', '/daily-workings/timerecord', '/daily-workings/cost', '/daily-schedules'];

describe('dates and ranges', () => {
  let sim: KotSimulator;
  beforeAll(async () => {
    sim = await startKotSimulator({ clock: manualClock('2024-06-10T12:00:00+09:00').clock });
  });
  afterAll(() => sim.close());

  it.each(RANGED)('%s accepts 62 days and refuses 63 with 400', async (path) => {
    const ok = await call(sim, `${path}?start=2024-01-01&end=2024-03-02`);
    expect(ok.status).toBe(200);
    expect(ok.json).toHaveLength(62);
    const tooLong = await call(sim, `${path}?start=2024-01-01&end=2024-03-03`);
    expect(tooLong.status).toBe(400);
    expect(tooLong.json).toEqual({ errors: [{ message: '期間は最大62日までです', code: 201 }] });
  });

  it.each(RANGED)('%s refuses start without end, end before start and bad dates', async (path) => {
    for (const query of [
      'start=2024-01-01',
      'end=2024-01-01',
      'start=2024-02-10&end=2024-02-01',
      'start=2024-02-30&end=2024-03-01',
      'start=2024-2-1&end=2024-02-03',
      'start=2024-02-01T00:00:00Z&end=2024-02-03',
    ]) {
      const answer = await call(sim, `${path}?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.json, query).toEqual({ errors: [{ message: expect.any(String), code: 200 }] });
    }
  });

  it('defaults a missing range to today in Japan', async () => {
    const late = await startKotSimulator({ clock: manualClock('2024-06-10T23:30:00+09:00').clock });
    try {
      const answer = await call(late, '/daily-workings');
      expect(answer.json).toEqual([expect.objectContaining({ date: '2024-06-10' })]);
    } finally {
      await late.close();
    }
  });

  it('refuses dates more than 3 years back or 1 year ahead (code 202)', async () => {
    const cases: [string, number][] = [
      ['/daily-workings/2021-06-10', 200],
      ['/daily-workings/2021-06-09', 400],
      ['/daily-workings/2025-06-10', 200],
      ['/daily-workings/2025-06-11', 400],
      ['/monthly-workings/2021-06', 200],
      ['/monthly-workings/2021-05', 400],
      ['/employees?date=2025-06-11', 400],
      ['/daily-workings/timerecord?start=2021-06-01&end=2021-06-30', 400],
    ];
    for (const [path, status] of cases) {
      const answer = await call(sim, path);
      expect(answer.status, path).toBe(status);
      if (status === 400)
        expect(answer.json, path).toEqual({ errors: [{ message: expect.any(String), code: 202 }] });
    }
  });

  it('lets the date window be turned off', async () => {
    const open = await startKotSimulator({
      clock: manualClock('2024-06-10T12:00:00+09:00').clock,
      dateWindow: false,
    });
    try {
      expect((await call(open, '/daily-workings/2016-05-01')).status).toBe(200);
    } finally {
      await open.close();
    }
  });

  it('refuses malformed path dates and months', async () => {
    for (const path of [
      '/daily-workings/2024-13-01',
      '/daily-workings/today',
      '/monthly-workings/2024-13',
      '/monthly-workings/2024-6',
    ]) {
      expect((await call(sim, path)).status, path).toBe(400);
    }
  });

  it('refuses unknown additionalFields, bad booleans and unknown divisions', async () => {
    for (const path of [
      '/employees?additionalFields=salary',
      '/employees?includeResigner=yes',
      '/employees?division=9999',
      '/daily-workings?division=9999',
    ]) {
      expect((await call(sim, path)).status, path).toBe(400);
    }
  });
});
