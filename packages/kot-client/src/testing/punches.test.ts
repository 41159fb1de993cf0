import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, manualClock } from './internal/test-client.js';
import type { KotSimulator } from './kot-simulator.js';
import { startKotSimulator } from './start-kot-simulator.js';

const TARO = '7785578d3f5de0c0283b521aa67449899c88cc56b2485fa776b7e8f48e2f9c21';
const HANAKO = 'a2dc058789c929bc7b9770a79801dfa102a1e1f7798ef0243132d53386509920';
const NIGHT = '5c0d112d6ba6f5cd917c02a5817b82128f1a35280378a13f1fc67b4ea3cd9e12';
const RESIGNED = 'cd61eef7d934e6c2ee61564a4c834b086798cb429a6268641d0412688135c34e';

describe('the punch POST', () => {
  let sim: KotSimulator;
  const punch = (employeeKey: string, body: unknown) =>
    call(sim, `/daily-workings/timerecord/${employeeKey}`, { method: 'POST', body });

  beforeEach(async () => {
    sim = await startKotSimulator({ clock: manualClock('2024-02-08T11:00:00+09:00').clock });
  });
  afterEach(() => sim.close());

  it('answers 201 in KOT shape, omitting what was not sent', async () => {
    const answer = await punch(TARO, { date: '2024-02-07', time: '2024-02-07T09:03:12+09:00', code: '1' });
    expect(answer.status).toBe(201);
    expect(answer.json).toEqual({
      date: '2024-02-07',
      employeeKey: TARO,
      timeRecord: {
        time: '2024-02-07T09:03:12+09:00',
        code: '1',
        name: '出勤',
        divisionCode: '1000',
        divisionName: '本社',
      },
    });
    expect(answer.text).not.toContain('null');
  });

  it('keeps coordinates, the given division and every code name', async () => {
    const names: Record<string, string> = {
      '1': '出勤',
      '3': '休憩開始',
      '4': '休憩終了',
      '7': '外出',
      '8': '外出戻り',
      '2': '退勤',
    };
    let minute = 0;
    for (const [code, name] of Object.entries(names)) {
      const time = `2024-02-07T1${minute++}:00:00+09:00`;
      const answer = await punch(HANAKO, {
        date: '2024-02-07',
        time,
        code,
        divisionCode: '2000',
        latitude: 35.6672237,
        longitude: 139.7422207,
      });
      expect(answer.status).toBe(201);
      expect(answer.json).toMatchObject({
        timeRecord: {
          time,
          code,
          name,
          divisionCode: '2000',
          divisionName: '物流センター',
          latitude: 35.6672237,
          longitude: 139.7422207,
        },
      });
    }
    expect(sim.timerecords('0002').map((record) => record.name)).toEqual(Object.values(names));
  });

  it('is not idempotent: a duplicate is stored again and the day becomes an error day', async () => {
    const body = { date: '2024-02-07', time: '2024-02-07T09:00:00+09:00', code: '1' };
    expect((await punch(TARO, body)).status).toBe(201);
    expect((await punch(TARO, body)).status).toBe(201);
    expect(sim.timerecords(TARO, '2024-02-07')).toHaveLength(2);
    expect(sim.errorDays()).toEqual([
      { employeeKey: TARO, employeeCode: '0001', date: '2024-02-07', reasons: ['duplicate-clock-in'] },
    ]);
    const daily = await call(sim, '/daily-workings/2024-02-07');
    const taro = (
      daily.json as { dailyWorkings: { employeeKey: string; isError: boolean }[] }
    ).dailyWorkings.find((entry) => entry.employeeKey === TARO);
    expect(taro?.isError).toBe(true);
    const listed = await call(sim, '/daily-workings/timerecord/2024-02-07');
    expect(JSON.stringify(listed.json).match(/出勤/g)).toHaveLength(2);
  });

  it('flags two clock-outs as an error day without the overwrite setting', async () => {
    await punch(TARO, { date: '2024-02-07', time: '2024-02-07T09:00:00+09:00', code: '1' });
    await punch(TARO, { date: '2024-02-07', time: '2024-02-07T18:00:00+09:00', code: '2' });
    expect(sim.errorDays()).toEqual([]);
    await punch(TARO, { date: '2024-02-07', time: '2024-02-07T18:30:00+09:00', code: '2' });
    expect(sim.errorDays()[0]?.reasons).toEqual(['duplicate-clock-out']);
  });

  it('with clockOutOverwrite a later clock-out replaces the earlier one; clock-ins still duplicate', async () => {
    await sim.close();
    sim = await startKotSimulator({
      clock: manualClock('2024-02-08T11:00:00+09:00').clock,
      clockOutOverwrite: true,
    });
    await punch(TARO, { date: '2024-02-07', time: '2024-02-07T09:00:00+09:00', code: '1' });
    await punch(TARO, { date: '2024-02-07', time: '2024-02-07T18:00:00+09:00', code: '2' });
    await punch(TARO, { date: '2024-02-07', time: '2024-02-07T19:15:00+09:00', code: '2' });
    expect(sim.timerecords(TARO).map((record) => record.time)).toEqual([
      '2024-02-07T09:00:00+09:00',
      '2024-02-07T19:15:00+09:00',
    ]);
    expect(sim.errorDays()).toEqual([]);
    await punch(TARO, { date: '2024-02-07', time: '2024-02-07T09:01:00+09:00', code: '1' });
    expect(sim.errorDays()[0]?.reasons).toEqual(['duplicate-clock-in']);
  });

  it('flags a clock-out without clock-in, a clock-out before the clock-in, and unpaired breaks', async () => {
    await punch(TARO, { date: '2024-02-05', time: '2024-02-05T18:00:00+09:00', code: '2' });
    await punch(HANAKO, { date: '2024-02-05', time: '2024-02-05T09:00:00+09:00', code: '1' });
    await punch(HANAKO, { date: '2024-02-05', time: '2024-02-05T08:00:00+09:00', code: '2' });
    await punch(TARO, { date: '2024-02-06', time: '2024-02-06T09:00:00+09:00', code: '1' });
    await punch(TARO, { date: '2024-02-06', time: '2024-02-06T12:00:00+09:00', code: '3' });
    expect(sim.errorDays().filter((day) => day.date === '2024-02-06')).toEqual([]); // a break in progress is fine
    await punch(TARO, { date: '2024-02-06', time: '2024-02-06T18:00:00+09:00', code: '2' });
    expect(sim.errorDays().map((day) => [day.employeeCode, day.date, day.reasons])).toEqual([
      ['0001', '2024-02-05', ['clock-out-without-clock-in']],
      ['0002', '2024-02-05', ['clock-out-before-clock-in']],
      ['0001', '2024-02-06', ['unpaired-break']],
    ]);
  });

  it('guesses the code when it is omitted: first 出勤, then 退勤', async () => {
    const first = await punch(TARO, { date: '2024-02-07', time: '2024-02-07T09:00:00+09:00' });
    const second = await punch(TARO, { date: '2024-02-07', time: '2024-02-07T18:00:00+09:00' });
    expect([first.json, second.json]).toMatchObject([
      { timeRecord: { code: '1', name: '出勤' } },
      { timeRecord: { code: '2', name: '退勤' } },
    ]);
  });

  it('accepts a night shift clock-out up to 23:59:59 of the next day', async () => {
    const ok = await punch(NIGHT, { date: '2024-02-07', time: '2024-02-08T23:59:59+09:00', code: '2' });
    expect(ok.status).toBe(201);
    const late = await punch(NIGHT, { date: '2024-02-07', time: '2024-02-09T00:00:00+09:00', code: '2' });
    expect(late.status).toBe(400);
    const early = await punch(NIGHT, { date: '2024-02-07', time: '2024-02-06T23:59:59+09:00', code: '1' });
    expect(early.status).toBe(400);
    expect(sim.timerecords(NIGHT)).toHaveLength(1);
  });

  it('with isOmittedWorkingDay picks the working day by the division 日付変更時刻', async () => {
    const answer = await punch(NIGHT, {
      date: '2024-02-08',
      time: '2024-02-08T04:59:59+09:00',
      code: '2',
      isOmittedWorkingDay: true,
    });
    expect(answer.json).toMatchObject({ date: '2024-02-07' });
    const after = await punch(NIGHT, {
      date: '2024-02-08',
      time: '2024-02-08T05:00:00+09:00',
      code: '1',
      isOmittedWorkingDay: true,
    });
    expect(after.json).toMatchObject({ date: '2024-02-08' });
    expect(
      (
        await punch(NIGHT, {
          date: '2024-02-08',
          time: '2024-02-08T05:00:00+09:00',
          isOmittedWorkingDay: true,
        })
      ).status,
    ).toBe(400);
    // `date` stays required: the API description requires it on every 打刻.
    const withoutDate = await punch(NIGHT, {
      time: '2024-02-08T06:00:00+09:00',
      code: '1',
      isOmittedWorkingDay: true,
    });
    expect(withoutDate.status).toBe(400);
    expect(sim.timerecords(NIGHT)).toHaveLength(2);
  });

  it.each([
    ['no seconds', { date: '2024-02-07', time: '2024-02-07T09:00+09:00', code: '1' }],
    ['no offset', { date: '2024-02-07', time: '2024-02-07T09:00:00', code: '1' }],
    ['UTC offset', { date: '2024-02-07', time: '2024-02-07T00:00:00Z', code: '1' }],
    ['another offset', { date: '2024-02-07', time: '2024-02-07T01:00:00+01:00', code: '1' }],
    ['hour 24', { date: '2024-02-07', time: '2024-02-07T24:00:00+09:00', code: '1' }],
    ['30 February', { date: '2024-02-30', time: '2024-02-07T09:00:00+09:00', code: '1' }],
    ['numeric code', { date: '2024-02-07', time: '2024-02-07T09:00:00+09:00', code: 1 }],
    ['unknown code 5', { date: '2024-02-07', time: '2024-02-07T09:00:00+09:00', code: '5' }],
    ['unknown code 6', { date: '2024-02-07', time: '2024-02-07T09:00:00+09:00', code: '6' }],
    ['missing date', { time: '2024-02-07T09:00:00+09:00', code: '1' }],
    ['missing time', { date: '2024-02-07', code: '1' }],
    ['unknown division', { date: '2024-02-07', time: '2024-02-07T09:00:00+09:00', divisionCode: '9999' }],
    ['latitude out of range', { date: '2024-02-07', time: '2024-02-07T09:00:00+09:00', latitude: 91 }],
    ['not an object', ['2024-02-07']],
  ])('refuses %s with 400 and stores nothing', async (_name, body) => {
    const answer = await punch(TARO, body);
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      errors: expect.arrayContaining([{ message: expect.any(String), code: 200 }]),
    });
    expect(sim.timerecords()).toEqual([]);
  });

  it('refuses invalid JSON and a missing body with 400', async () => {
    expect((await punch(TARO, '{"date":')).status).toBe(400);
    const empty = await call(sim, `/daily-workings/timerecord/${TARO}`, { method: 'POST' });
    expect(empty.status).toBe(400);
  });

  it('answers 404 for an unknown employee key and 400 for a resigned employee', async () => {
    const body = { date: '2024-02-07', time: '2024-02-07T09:00:00+09:00', code: '1' };
    const unknown = await punch('f'.repeat(64), body);
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({ errors: [{ message: expect.stringContaining('従業員'), code: 210 }] });
    expect((await punch('0001', body)).status).toBe(404); // the code is not the key
    expect((await punch(RESIGNED, body)).status).toBe(400);
  });

  it('converts other offsets to Japan time when told to accept them', async () => {
    sim.configure({ acceptNonJstOffsets: true });
    const answer = await punch(TARO, { date: '2024-02-07', time: '2024-02-07T00:03:12.789Z', code: '1' });
    expect(answer.json).toMatchObject({ timeRecord: { time: '2024-02-07T09:03:12+09:00' } });
    expect(sim.timerecords()[0]?.at).toEqual(new Date('2024-02-07T00:03:12Z'));
  });

  it('records the arrival order, the source and the clock time of each stored punch', async () => {
    await punch(TARO, { date: '2024-02-07', time: '2024-02-07T18:00:00+09:00', code: '2' });
    await punch(TARO, { date: '2024-02-07', time: '2024-02-07T09:00:00+09:00', code: '1' });
    const records = sim.timerecords('0001');
    expect(records.map((record) => [record.id, record.code, record.source])).toEqual([
      [1, '2', 'api'],
      [2, '1', 'api'],
    ]);
    expect(records[0]?.receivedAt).toEqual(new Date('2024-02-08T11:00:00+09:00'));
    // KOT lists a day's punches in time order.
    const listed = await call(
      sim,
      `/daily-workings/timerecord?start=2024-02-07&end=2024-02-07&employeeKeys=${TARO}`,
    );
    expect(listed.json).toEqual([
      {
        date: '2024-02-07',
        dailyWorkings: [
          {
            date: '2024-02-07',
            employeeKey: TARO,
            timeRecord: [
              expect.objectContaining({ time: '2024-02-07T09:00:00+09:00', code: '1' }),
              expect.objectContaining({ time: '2024-02-07T18:00:00+09:00', code: '2' }),
            ],
          },
        ],
      },
    ]);
  });

  it('lists punches only at /daily-workings/timerecord: the trailing-slash form is an unknown path', async () => {
    // KING OF TIME documents the list without a trailing slash (see TimeRecordsResource.list).
    const query = '?start=2024-02-07&end=2024-02-07';
    expect((await call(sim, `/daily-workings/timerecord${query}`)).status).toBe(200);
    expect((await call(sim, `/daily-workings/timerecord/${query}`)).status).toBe(404);
  });
});
