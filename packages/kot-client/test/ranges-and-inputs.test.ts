import { afterEach, describe, expect, test } from 'vitest';
import { KotInputError } from '../src/errors/input-error.js';
import { type SimulatorSetup, withSimulator } from './support/simulator-client.js';

const TARO = '7785578d3f5de0c0283b521aa67449899c88cc56b2485fa776b7e8f48e2f9c21';

let s: SimulatorSetup | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const queries = (setup: SimulatorSetup, path: string) =>
  setup.sim.requests
    .filter((r) => r.path.startsWith(`/v1.0${path}?`))
    .map((r) => Object.fromEntries(new URL(r.path, 'http://x').searchParams));

describe('ranges longer than 62 days', () => {
  test('timerecords: 100 days become 62 + 38, merged in date order', async () => {
    s = await withSimulator();
    s.sim.addTimerecord({ employee: '0001', time: '2023-11-01T09:00:00+09:00', code: '1' });
    s.sim.addTimerecord({ employee: '0001', time: '2024-02-07T09:00:00+09:00', code: '1' });
    const days = await s.kot.timerecords.list({
      start: '2023-11-01',
      end: '2024-02-08',
      employeeKeys: [TARO],
    });
    expect(queries(s, '/daily-workings/timerecord').map((q) => [q.start, q.end])).toEqual([
      ['2023-11-01', '2024-01-01'],
      ['2024-01-02', '2024-02-08'],
    ]);
    expect(days).toHaveLength(100);
    expect(days[0]?.date).toBe('2023-11-01');
    expect(days.at(-1)?.date).toBe('2024-02-08');
    const withPunches = days
      .filter((d) => d.dailyWorkings.some((w) => w.timeRecord.length > 0))
      .map((d) => d.date);
    expect(withPunches).toEqual(['2023-11-01', '2024-02-07']);
  });

  test.each([
    ['dailyWorkings', '/daily-workings'],
    ['dailyCosts', '/daily-workings/cost'],
    ['dailySchedules', '/daily-schedules'],
  ] as const)('%s splits too', async (resource, path) => {
    s = await withSimulator();
    const days = await s.kot[resource].list({ start: '2023-10-01', end: '2024-01-31' });
    expect(days).toHaveLength(123);
    expect(queries(s, path)).toHaveLength(2);
  });

  test('exactly 62 days is one request', async () => {
    s = await withSimulator();
    await s.kot.dailyWorkings.list({ start: '2024-01-01', end: '2024-03-02' });
    expect(s.sim.requests).toHaveLength(1);
  });
});

describe('inputs are validated before anything is sent', () => {
  test.each([
    [
      'employees.get with a number',
      (k: SimulatorSetup['kot']) => k.employees.get(1 as unknown as string),
      'code',
    ],
    [
      'a range with only a start',
      (k: SimulatorSetup['kot']) => k.dailyWorkings.list({ start: '2024-01-01' }),
      'end',
    ],
    [
      'a range backwards',
      (k: SimulatorSetup['kot']) => k.timerecords.list({ start: '2024-02-07', end: '2024-02-01' }),
      'end',
    ],
    [
      'employeeKeys with division',
      (k: SimulatorSetup['kot']) => k.timerecords.list({ division: '1000', employeeKeys: [TARO] }),
      'employeeKeys',
    ],
    [
      'ondivision without division',
      (k: SimulatorSetup['kot']) => k.dailyWorkings.get('2024-02-07', { ondivision: false }),
      'params.ondivision',
    ],
    ['a month as a date', (k: SimulatorSetup['kot']) => k.monthlyWorkings.get('2024-02-01'), 'month'],
    [
      'an unknown additional field',
      (k: SimulatorSetup['kot']) => k.employees.list({ additionalFields: ['salary' as 'hiredDate'] }),
      'additionalFields[0]',
    ],
    [
      'a punch time outside its working day',
      (k: SimulatorSetup['kot']) =>
        k.timerecords.create(TARO, { date: '2024-02-07', time: '2024-02-10T09:00:00+09:00' }),
      'punch.time',
    ],
    ['a year as text', (k: SimulatorSetup['kot']) => k.yearlyHolidays.get('1', 'last year'), 'year'],
  ])('%s', async (_label, call, path) => {
    s = await withSimulator();
    const error = await call(s.kot).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KotInputError);
    expect((error as KotInputError).issues.map((i) => i.path)).toContain(path);
    expect(s.sim.requests).toHaveLength(0);
  });
});
