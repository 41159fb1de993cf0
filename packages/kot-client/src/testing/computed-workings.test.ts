import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultKotSimulatorSeed } from './default-kot-simulator-seed.js';
import { call, manualClock } from './internal/test-client.js';
import type { KotSimulator } from './kot-simulator.js';
import { startKotSimulator } from './start-kot-simulator.js';

const TARO = '7785578d3f5de0c0283b521aa67449899c88cc56b2485fa776b7e8f48e2f9c21';
const NIGHT = '5c0d112d6ba6f5cd917c02a5817b82128f1a35280378a13f1fc67b4ea3cd9e12';

type Day = { date: string; dailyWorkings: Record<string, unknown>[] };
const entry = (day: unknown, employeeKey: string) =>
  (day as Day).dailyWorkings.find((working) => working.employeeKey === employeeKey)!;

describe('computed workings', () => {
  let sim: KotSimulator;
  beforeAll(async () => {
    sim = await startKotSimulator({
      clock: manualClock('2024-02-09T11:00:00+09:00').clock,
      seed: {
        ...defaultKotSimulatorSeed,
        timerecords: [
          // 0001, Wednesday 7 Feb: 09:10–18:30 without a recorded break.
          { employee: '0001', date: '2024-02-07', time: '2024-02-07T09:10:00+09:00', code: '1' },
          { employee: '0001', date: '2024-02-07', time: '2024-02-07T18:30:00+09:00', code: '2' },
          // 0001, Thursday 8 Feb: 09:00–17:00 with a 45-minute break, helping at the other division.
          {
            employee: '0001',
            date: '2024-02-08',
            time: '2024-02-08T09:00:00+09:00',
            code: '1',
            divisionCode: '2000',
          },
          { employee: '0001', date: '2024-02-08', time: '2024-02-08T12:00:00+09:00', code: '3' },
          { employee: '0001', date: '2024-02-08', time: '2024-02-08T12:45:00+09:00', code: '4' },
          { employee: '0001', date: '2024-02-08', time: '2024-02-08T17:00:00+09:00', code: '2' },
          // 0003 night shift of 7 Feb: 22:00–07:00 the next morning.
          { employee: '0003', date: '2024-02-07', time: '2024-02-07T22:00:00+09:00', code: '1' },
          { employee: '0003', date: '2024-02-07', time: '2024-02-08T07:00:00+09:00', code: '2' },
        ],
      },
    });
  });
  afterAll(() => sim.close());

  it('totals a day: auto break, late arrival, overtime beyond 8 hours', async () => {
    const day = (await call(sim, '/daily-workings/2024-02-07')).json;
    expect(entry(day, TARO)).toMatchObject({
      isError: false,
      isHelp: false,
      workdayTypeName: '平日',
      breakTime: 60,
      totalWork: 500,
      assigned: 480,
      unassigned: 20,
      overtime: 20,
      late: 10,
      earlyLeave: 0,
      lateNight: 0,
    });
  });

  it('uses recorded breaks, flags help at another division and early leave', async () => {
    const day = (await call(sim, '/daily-workings/2024-02-08')).json;
    expect(entry(day, TARO)).toMatchObject({
      workPlaceDivisionCode: '2000',
      workPlaceDivisionName: '物流センター',
      isHelp: true,
      breakTime: 45,
      totalWork: 435,
      assigned: 435,
      overtime: 0,
      earlyLeave: 60,
    });
  });

  it('counts 深夜 minutes of a night shift on its working day', async () => {
    const day = (await call(sim, '/daily-workings/2024-02-07')).json;
    expect(entry(day, NIGHT)).toMatchObject({ breakTime: 60, totalWork: 480, lateNight: 420, late: 0 });
  });

  it('filters by division, by where the day was punched with ondivision=false', async () => {
    const home = (await call(sim, '/daily-workings/2024-02-08?division=2000')).json as Day;
    expect(home.dailyWorkings.map((working) => working.employeeKey)).not.toContain(TARO);
    const worked = (await call(sim, '/daily-workings/2024-02-08?division=2000&ondivision=false')).json as Day;
    expect(worked.dailyWorkings.map((working) => working.employeeKey)).toContain(TARO);
  });

  it('estimates daily costs from worked minutes, wage and commute', async () => {
    const day = (await call(sim, '/daily-workings/cost/2024-02-07')).json;
    expect(entry(day, TARO)).toEqual({
      date: '2024-02-07',
      employeeKey: TARO,
      laborCostEstimate: 12500,
      transportationExpense: 640,
    });
  });

  it('totals the month and its costs', async () => {
    const month = (await call(sim, '/monthly-workings/2024-02')).json as Record<string, unknown>[];
    const taro = month.find((working) => working.employeeKey === TARO)!;
    expect(taro).toMatchObject({
      year: 2024,
      month: 2,
      startDate: '2024-02-01',
      endDate: '2024-02-29',
      workingCount: 2,
      weekdayWorkingCount: 2,
      lateCount: 1,
      earlyLeaveCount: 1,
      assigned: 915,
      overtime: 20,
      breakSum: 105,
      // Planned weekdays 1–8 February (before today, 9 February) without punches: 1, 2, 5, 6.
      absentdayCount: 4,
    });
    const costs = (await call(sim, '/monthly-workings/cost/2024-02')).json as Record<string, unknown>[];
    expect(costs.find((cost) => cost.employeeKey === TARO)).toMatchObject({
      laborCostEstimate: 12500 + 10875,
      transportationExpense: 1280,
    });
  });

  it('lists planned hours in daily schedules (an overnight plan ends the next day)', async () => {
    const day = (await call(sim, '/daily-schedules/2024-02-07')).json as {
      date: string;
      dailySchedules: Record<string, unknown>[];
    };
    expect(day.date).toBe('2024-02-07');
    expect(day.dailySchedules.find((schedule) => schedule.employeeKey === NIGHT)).toEqual({
      date: '2024-02-07',
      employeeKey: NIGHT,
      workdayTypeName: '平日',
      workPlaceDivisionCode: '2000',
      workPlaceDivisionName: '物流センター',
      clockInSchedule: '2024-02-07T22:00+09:00',
      clockOutSchedule: '2024-02-08T07:00+09:00',
      breakSchedule: 60,
    });
    const saturday = (await call(sim, '/daily-schedules?start=2024-02-10&end=2024-02-10')).json as {
      dailySchedules: Record<string, unknown>[];
    }[];
    expect(saturday[0]!.dailySchedules.find((schedule) => schedule.employeeKey === TARO)).toEqual({
      date: '2024-02-10',
      employeeKey: TARO,
      workdayTypeName: '法定外休日',
      workPlaceDivisionCode: '1000',
      workPlaceDivisionName: '本社',
    });
  });

  it('serves workflow requests by month, with optional fields only when asked', async () => {
    const plain = (await call(sim, '/requests/overtimes/2024-02')).json as {
      overtimeRequests: Record<string, unknown>[];
    };
    expect(plain).toMatchObject({ year: 2024, month: 2 });
    expect(plain.overtimeRequests).toHaveLength(1);
    expect(plain.overtimeRequests[0]).not.toHaveProperty('flow');
    const withFlow = (await call(sim, '/requests/overtimes/2024-02?additionalFields=flow'))
      .json as typeof plain;
    expect(withFlow.overtimeRequests[0]).toHaveProperty('flow');
    expect(
      ((await call(sim, '/requests/schedules/2024-03')).json as { scheduleRequests: unknown[] })
        .scheduleRequests,
    ).toEqual([]);
    expect((await call(sim, `/requests/schedules/2024-02?administratorKey=${'0'.repeat(64)}`)).status).toBe(
      400,
    );
  });
});

describe('optional features', () => {
  it('answers 400 (code 220) for features the company has not enabled', async () => {
    const sim = await startKotSimulator({
      clock: manualClock('2024-02-09T11:00:00+09:00').clock,
      seed: {
        ...defaultKotSimulatorSeed,
        company: {
          ...defaultKotSimulatorSeed.company,
          features: { employeeGroups: false, scheduleRequests: false, overtimeRequests: false },
        },
      },
    });
    try {
      for (const path of ['/employee-groups', '/requests/schedules/2024-02', '/requests/overtimes/2024-02']) {
        const answer = await call(sim, path);
        expect(answer.status, path).toBe(400);
        expect(answer.json, path).toEqual({
          errors: [{ message: expect.stringContaining('利用できません'), code: 220 }],
        });
      }
    } finally {
      await sim.close();
    }
  });
});
