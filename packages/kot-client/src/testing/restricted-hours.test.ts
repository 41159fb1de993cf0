import { afterEach, describe, expect, it } from 'vitest';
import { call, manualClock } from './internal/test-client.js';
import type { KotSimulator } from './kot-simulator.js';
import { startKotSimulator } from './start-kot-simulator.js';

const KOT_MESSAGE = '次の時間帯（JST）はAPIへのアクセスが禁止されています [08:30 ～ 10:00, 17:30 ～ 18:30]';
const TARO = '7785578d3f5de0c0283b521aa67449899c88cc56b2485fa776b7e8f48e2f9c21';

describe('restricted hours', () => {
  let sim: KotSimulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it('refuses reads from 08:30 to before 10:00 and 17:30 to before 18:30 Japan time with 403 code 104', async () => {
    const time = manualClock('2024-02-07T08:29:59+09:00');
    sim = await startKotSimulator({ clock: time.clock });
    const cases: [string, number][] = [
      ['2024-02-07T08:29:59+09:00', 200],
      ['2024-02-07T08:30:00+09:00', 403],
      ['2024-02-07T09:59:59+09:00', 403],
      ['2024-02-07T10:00:00+09:00', 200],
      ['2024-02-07T17:29:59+09:00', 200],
      ['2024-02-07T17:30:00+09:00', 403],
      ['2024-02-07T18:29:59+09:00', 403],
      ['2024-02-07T18:30:00+09:00', 200],
      // 00:30 UTC is 09:30 in Japan: the window follows Japan time, not UTC.
      ['2024-02-07T00:30:00Z', 403],
      ['2024-02-07T08:45:00Z', 403], // 17:45 in Japan
      ['2024-02-07T10:00:00Z', 200], // 19:00 in Japan
    ];
    for (const [at, status] of cases) {
      time.set(at);
      const answer = await call(sim, '/employees');
      expect(answer.status, at).toBe(status);
      if (status === 403) expect(answer.json).toEqual({ errors: [{ message: KOT_MESSAGE, code: 104 }] });
    }
  });

  it('accepts the punch POST inside a window and refuses every read there', async () => {
    sim = await startKotSimulator({ clock: manualClock('2024-02-07T09:00:00+09:00').clock });
    const punch = await call(sim, `/daily-workings/timerecord/${TARO}`, {
      method: 'POST',
      body: { date: '2024-02-07', time: '2024-02-07T08:58:31+09:00', code: '1' },
    });
    expect(punch.status).toBe(201);
    expect(sim.timerecords(TARO)).toHaveLength(1);
    for (const path of [
      '/company',
      '/daily-workings/timerecord/2024-02-07',
      `/tokens/${sim.token}/available`,
      '/monthly-workings/2024-02',
    ]) {
      expect((await call(sim, path)).status, path).toBe(403);
    }
    const write = await call(sim, `/employees/${TARO}`, { method: 'DELETE' });
    expect(write.status).toBe(403);
    expect(sim.employees.map((employee) => employee.key)).toContain(TARO);
  });

  it('can be turned off or given custom windows, also while running', async () => {
    const time = manualClock('2024-02-07T09:00:00+09:00');
    sim = await startKotSimulator({ clock: time.clock, restrictedHours: false });
    expect((await call(sim, '/company')).status).toBe(200);

    sim.configure({ restrictedHours: [{ start: '12:00', end: '13:00' }] });
    expect((await call(sim, '/company')).status).toBe(200);
    time.set('2024-02-07T12:15:00+09:00');
    const answer = await call(sim, '/company');
    expect(answer.status).toBe(403);
    expect(answer.json).toEqual({
      errors: [
        { message: '次の時間帯（JST）はAPIへのアクセスが禁止されています [12:00 ～ 13:00]', code: 104 },
      ],
    });

    sim.configure({ restrictedHours: true });
    expect((await call(sim, '/company')).status).toBe(200);
    time.set('2024-02-07T17:45:00+09:00');
    expect((await call(sim, '/company')).status).toBe(403);
  });

  it('sends the Date header from the injected clock', async () => {
    sim = await startKotSimulator({ clock: manualClock('2024-02-07T11:22:33+09:00').clock });
    const answer = await call(sim, '/company');
    expect(answer.headers.get('date')).toBe('Wed, 07 Feb 2024 02:22:33 GMT');
  });
});
