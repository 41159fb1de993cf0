import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { KotNotFoundError } from '../src/errors/not-found-error.js';
import { type SimulatorSetup, withSimulator } from './support/simulator-client.js';

const TARO = '7785578d3f5de0c0283b521aa67449899c88cc56b2485fa776b7e8f48e2f9c21';

let s: SimulatorSetup;
beforeEach(async () => {
  s = await withSimulator();
});
afterEach(async () => {
  await s.close();
});

describe('every operation against the simulator', () => {
  test('company.get', async () => {
    const company = await s.kot.company.get();
    expect(company).toMatchObject({ code: 'sample', name: 'サンプル株式会社', host: 's2.kingtime.jp' });
  });

  test('administrators.list with additional fields', async () => {
    const admins = await s.kot.administrators.list({
      additionalFields: ['associatedEmployees', 'emailAddresses'],
    });
    const manager = admins.find((a) => a.code === '2000');
    expect(manager?.associatedEmployees?.map((e) => e.code)).toEqual(['0001', '0002']);
    expect(manager?.emailAddresses).toEqual(['manager@example.com']);
    expect(s.sim.requests.at(-1)?.path).toContain('additionalFields=associatedEmployees%2CemailAddresses');
  });

  test('employees.list keeps codes as strings and filters by division', async () => {
    const all = await s.kot.employees.list();
    expect(all.map((e) => e.code)).toEqual(expect.arrayContaining(['0001', '0002', '0003', 'A010']));
    expect(all.every((e) => typeof e.code === 'string')).toBe(true);
    const logistics = await s.kot.employees.list({ division: '2000' });
    expect(logistics.map((e) => e.code).sort()).toEqual(['0003', 'A010']);
  });

  test('employees.list includes resigned employees on request', async () => {
    const without = await s.kot.employees.list();
    const withResigned = await s.kot.employees.list({ includeResigner: true });
    expect(without.map((e) => e.code)).not.toContain('0099');
    expect(withResigned.map((e) => e.code)).toContain('0099');
  });

  test('employees.get by code, with leading zeros intact', async () => {
    const taro = await s.kot.employees.get('0001', { additionalFields: ['hiredDate'] });
    expect(taro).toMatchObject({ code: '0001', key: TARO, lastName: '勤怠', hiredDate: '2015-04-01' });
  });

  test('employees.get of an unknown code is a KotNotFoundError', async () => {
    await expect(s.kot.employees.get('9999')).rejects.toBeInstanceOf(KotNotFoundError);
  });

  test('employees.create, update and delete', async () => {
    const created = await s.kot.employees.create({
      code: '0500',
      divisionCode: '1000',
      typeCode: '1',
      gender: 'female',
      lastName: '新入',
      firstName: '桜',
      hiredDate: '2024-04-01',
    });
    expect(created.code).toBe('0500');
    expect(s.sim.employees.some((e) => e.code === '0500')).toBe(true);

    const updated = await s.kot.employees.update(
      created.key,
      { divisionCode: '2000' },
      { updateDate: '2024-02-07' },
    );
    expect(updated.divisionCode).toBe('2000');
    expect(s.sim.employees.find((e) => e.code === '0500')?.divisionCode).toBe('2000');

    // Clearing sends what KING OF TIME documents (an empty value), never JSON null, which the
    // simulator refuses as KING OF TIME's description types these fields as strings.
    const cleared = await s.kot.employees.update(created.key, {
      hiredDate: null,
      lastNamePhonetics: '',
      emailAddresses: null,
    });
    expect(cleared).not.toHaveProperty('hiredDate');
    const stored = s.sim.employees.find((e) => e.code === '0500');
    expect(stored).toBeDefined();
    expect(stored).not.toHaveProperty('hiredDate');
    expect(stored).not.toHaveProperty('lastNamePhonetics');

    await s.kot.employees.delete(created.key);
    expect(s.sim.employees.some((e) => e.code === '0500')).toBe(false);
  });

  test('divisions.list reports each 日付変更時刻', async () => {
    expect(await s.kot.divisions.list()).toEqual([
      { code: '1000', name: '本社', dayBorderTime: '00:00' },
      { code: '2000', name: '物流センター', dayBorderTime: '05:00' },
    ]);
  });

  test('workingTypes.list and employeeGroups.list', async () => {
    expect((await s.kot.workingTypes.list()).map((t) => t.name)).toEqual(['正社員', 'パート・アルバイト']);
    const groups = await s.kot.employeeGroups.list({ additionalFields: ['category'] });
    expect(groups.find((g) => g.code === '0001')?.category).toEqual({ code: 'KEIKAN', name: '経営管理本部' });
  });

  test('timerecords.create sends the time in Japan time and the code KOT expects', async () => {
    const created = await s.kot.timerecords.create(TARO, {
      date: '2024-02-07',
      time: new Date('2024-02-07T00:03:12.999Z'),
      code: 'clockIn',
    });
    expect(created.timeRecord).toMatchObject({ time: '2024-02-07T09:03:12+09:00', code: '1', name: '出勤' });
    const stored = s.sim.timerecords('0001', '2024-02-07');
    expect(stored.map((r) => [r.time, r.code])).toEqual([['2024-02-07T09:03:12+09:00', '1']]);
  });

  test('timerecords.list asks /daily-workings/timerecord, without a trailing slash', async () => {
    await s.kot.timerecords.list({ start: '2024-02-07', end: '2024-02-07' });
    expect(s.sim.requests.at(-1)).toMatchObject({
      status: 200,
      path: '/v1.0/daily-workings/timerecord?start=2024-02-07&end=2024-02-07',
    });
  });

  test('timerecords.get and list read punches back', async () => {
    await s.kot.timerecords.create(TARO, {
      date: '2024-02-06',
      time: '2024-02-06T09:00:00+09:00',
      code: '1',
    });
    await s.kot.timerecords.create(TARO, {
      date: '2024-02-06',
      time: '2024-02-06T18:30:00+09:00',
      code: 'clockOut',
    });
    const day = await s.kot.timerecords.get('2024-02-06');
    const taro = day.dailyWorkings.find((w) => w.employeeKey === TARO);
    expect(taro?.timeRecord.map((r) => r.code)).toEqual(['1', '2']);

    const days = await s.kot.timerecords.list({
      start: '2024-02-05',
      end: '2024-02-07',
      employeeKeys: [TARO],
    });
    expect(days.map((d) => d.date)).toEqual(['2024-02-05', '2024-02-06', '2024-02-07']);
    expect(days[1]?.dailyWorkings[0]?.timeRecord).toHaveLength(2);
  });

  test('dailyWorkings.list and get', async () => {
    s.sim.addTimerecord({ employee: '0001', time: '2024-02-05T09:00:00+09:00', code: '1' });
    s.sim.addTimerecord({ employee: '0001', time: '2024-02-05T18:00:00+09:00', code: '2' });
    const day = await s.kot.dailyWorkings.get('2024-02-05', { additionalFields: ['currentDateEmployee'] });
    const taro = day.dailyWorkings.find((w) => w.employeeKey === TARO);
    expect(taro?.currentDateEmployee?.code).toBe('0001');
    expect(taro?.totalWork).toBeGreaterThan(0);
    const days = await s.kot.dailyWorkings.list({ start: '2024-02-01', end: '2024-02-05', division: '1000' });
    expect(days.map((d) => d.date)).toEqual([
      '2024-02-01',
      '2024-02-02',
      '2024-02-03',
      '2024-02-04',
      '2024-02-05',
    ]);
  });

  test('dailyCosts.list and get', async () => {
    const day = await s.kot.dailyCosts.get('2024-02-05');
    expect(day.date).toBe('2024-02-05');
    const days = await s.kot.dailyCosts.list({ start: '2024-02-01', end: '2024-02-03' });
    expect(days.map((d) => d.date)).toEqual(['2024-02-01', '2024-02-02', '2024-02-03']);
  });

  test('monthlyWorkings.get and monthlyCosts.get', async () => {
    const months = await s.kot.monthlyWorkings.get('2024-01');
    expect(months.some((m) => m.employeeKey === TARO && m.year === 2024 && m.month === 1)).toBe(true);
    const costs = await s.kot.monthlyCosts.get('2024-01', { division: '1000' });
    expect(costs.every((c) => c.month === 1)).toBe(true);
    expect(costs.length).toBeGreaterThan(0);
  });

  test('holidayRemainders.get and yearlyHolidays.get', async () => {
    const remainders = await s.kot.holidayRemainders.get('1', '2024-01');
    expect(remainders.some((r) => r.employeeKey === TARO)).toBe(true);
    const yearly = await s.kot.yearlyHolidays.get(1, 2023);
    expect(yearly.year).toBe('2023');
    expect(yearly.employees.some((e) => e.employeeKey === TARO)).toBe(true);
  });

  test('requests.schedules and requests.overtimes', async () => {
    const schedules = await s.kot.requests.schedules('2024-02', { additionalFields: ['flow'] });
    expect(schedules.scheduleRequests.map((r) => r.date)).toEqual(['2024-02-13']);
    expect(schedules.scheduleRequests[0]?.flow?.[0]?.level).toBe(1);
    const overtimes = await s.kot.requests.overtimes('2024-02');
    expect(overtimes.overtimeRequests[0]).toMatchObject({ employeeKey: TARO, status: 'approved' });
  });

  test('dailySchedules.list and get', async () => {
    const day = await s.kot.dailySchedules.get('2024-02-07', { division: '2000' });
    expect(day.date).toBe('2024-02-07');
    const days = await s.kot.dailySchedules.list({ start: '2024-02-05', end: '2024-02-06' });
    expect(days.map((d) => d.date)).toEqual(['2024-02-05', '2024-02-06']);
  });

  test('tokens.available, refresh (the client switches to the new token) and revoke', async () => {
    const old = s.sim.token;
    expect(await s.kot.tokens.available()).toBe(true);
    const refreshed = await s.kot.tokens.refresh();
    expect(refreshed.token).toBe(s.sim.token);
    expect(refreshed.token).not.toBe(old);
    // The client keeps working with the new token.
    expect((await s.kot.company.get()).code).toBe('sample');
    await s.kot.tokens.revoke();
    expect(await s.kot.tokens.available()).toBe(false);
  });
});
