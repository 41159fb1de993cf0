import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { KotInputError } from '../../errors/input-error.js';
import { parseInput } from '../../internal/validation/parse-input.js';
import { employeeCreateInput, employeeUpdateInput } from './employee-input.js';
import { dateInput, employeeCodeInput, monthInput, yearInput } from './primitives.js';
import { timeRecordInput } from './time-record-input.js';

const issues = (schema: Parameters<typeof parseInput>[1], value: unknown) => {
  try {
    parseInput('test', schema, value);
  } catch (error) {
    if (error instanceof KotInputError) return error.issues;
    throw error;
  }
  return [];
};

describe('primitives', () => {
  test('employee codes are strings, never numbers', () => {
    expect(employeeCodeInput.parse('0001')).toBe('0001');
    expect(issues(employeeCodeInput, 1)[0]?.message).toMatch(/strings such as "0001", never numbers/);
    expect(issues(employeeCodeInput, '')[0]?.message).toMatch(/empty/);
    expect(issues(employeeCodeInput, ' 0001')[0]?.message).toMatch(/spaces/);
  });

  test('dates are YYYY-MM-DD strings of real days; a Date is refused with a reason', () => {
    expect(dateInput.parse('2024-02-29')).toBe('2024-02-29');
    expect(issues(dateInput, '2023-02-29')[0]?.message).toMatch(/real date/);
    expect(issues(dateInput, '2024/02/07')[0]?.message).toMatch(/YYYY-MM-DD/);
    expect(issues(dateInput, new Date())[0]?.message).toMatch(/got a Date .*time zone/);
  });

  test('months and years', () => {
    expect(monthInput.parse('2024-02')).toBe('2024-02');
    expect(issues(monthInput, '2024-13')).toHaveLength(1);
    expect(issues(monthInput, '2024-2')).toHaveLength(1);
    expect(yearInput.parse(2024)).toBe('2024');
    expect(yearInput.parse('2024')).toBe('2024');
    expect(issues(yearInput, 24)).toHaveLength(1);
  });
});

describe('the 打刻 body', () => {
  const base = { date: '2024-02-07', time: '2024-02-07T09:03:12+09:00' };

  test('names and codes both become KOT codes', () => {
    const names = ['clockIn', 'clockOut', 'breakStart', 'breakEnd', 'goingOut', 'goingOutReturn'] as const;
    expect(names.map((code) => timeRecordInput.parse({ ...base, code }).code)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '7',
      '8',
    ]);
    for (const code of ['1', '2', '3', '4', '7', '8']) {
      expect(timeRecordInput.parse({ ...base, code }).code).toBe(code);
    }
    // KING OF TIME and its API description know no code "5" or "6" (both answer 400).
    for (const code of ['5', '6']) {
      const [issue] = issues(timeRecordInput, { ...base, code });
      expect(issue).toMatchObject({ path: 'code' });
      expect(issue?.message).toMatch(/unknown punch code "[56]".*"1", "2", "3", "4", "7" or "8"/);
    }
    expect(issues(timeRecordInput, { ...base, code: 1 })[0]?.message).toMatch(/codes are strings/);
    expect(issues(timeRecordInput, { ...base, code: '9' })[0]?.message).toMatch(/unknown punch code/);
    expect(issues(timeRecordInput, { ...base, code: 'clockin' })).toHaveLength(1);
  });

  test('time is always sent with seconds in +09:00, whatever the input zone', () => {
    expect(timeRecordInput.parse({ ...base, time: '2024-02-07T00:03:12Z' }).time).toBe(
      '2024-02-07T09:03:12+09:00',
    );
    expect(timeRecordInput.parse({ ...base, time: '2024-02-06T19:03:12-05:00' }).time).toBe(
      '2024-02-07T09:03:12+09:00',
    );
    expect(timeRecordInput.parse({ ...base, time: '2024-02-07T09:03+09:00' }).time).toBe(
      '2024-02-07T09:03:00+09:00',
    );
    expect(timeRecordInput.parse({ ...base, time: new Date('2024-02-07T00:03:12.750Z') }).time).toBe(
      '2024-02-07T09:03:12+09:00',
    );
  });

  test('any Date inside the working day round-trips to the same second', () => {
    const from = Date.parse('2024-02-07T00:00:00+09:00');
    fc.assert(
      fc.property(fc.integer({ min: from, max: from + 2 * 86_400_000 - 1 }), (ms) => {
        const sent = timeRecordInput.parse({ date: '2024-02-07', time: new Date(ms) }).time;
        expect(sent).toMatch(/\+09:00$/);
        expect(Date.parse(sent)).toBe(Math.floor(ms / 1000) * 1000);
      }),
    );
  });

  test('times without an offset, unreal times and invalid Dates are refused', () => {
    for (const time of [
      '2024-02-07T09:03:12',
      '2024-02-07 09:03:12+09:00',
      '2024-02-30T09:00:00+09:00',
      '2024-02-07T24:00:00+09:00',
    ]) {
      expect(issues(timeRecordInput, { ...base, time })[0]?.path).toBe('time');
    }
    expect(issues(timeRecordInput, { ...base, time: new Date(Number.NaN) })[0]?.message).toMatch(
      /invalid Date/,
    );
    expect(issues(timeRecordInput, { ...base, time: 1707264192000 })[0]?.message).toMatch(/got a number/);
  });

  test('time must fall within the working day: date 00:00 to 23:59:59 of the next day (Japan time)', () => {
    expect(timeRecordInput.parse({ ...base, time: '2024-02-08T23:59:59+09:00' }).time).toBe(
      '2024-02-08T23:59:59+09:00',
    );
    expect(timeRecordInput.parse({ ...base, time: '2024-02-07T00:00:00+09:00' }).date).toBe('2024-02-07');
    const late = issues(timeRecordInput, { ...base, time: '2024-02-09T00:00:00+09:00' });
    expect(late[0]).toMatchObject({ path: 'time' });
    expect(late[0]?.message).toMatch(/outside working day 2024-02-07/);
    // The classic UTC-date mistake: 2024-02-06T23:30Z is 08:30 on the 7th in Tokyo, not the 6th.
    expect(issues(timeRecordInput, { date: '2024-02-06', time: '2024-02-06T23:30:00Z' })).toEqual([]);
    expect(issues(timeRecordInput, { date: '2024-02-08', time: '2024-02-07T14:59:59Z' })).toHaveLength(1);
  });

  test('date is always required (the API description requires it); isOmittedWorkingDay also requires code', () => {
    expect(issues(timeRecordInput, { time: base.time })[0]).toMatchObject({ path: 'date' });
    expect(
      issues(timeRecordInput, { time: base.time, isOmittedWorkingDay: true, code: 'clockIn' })[0],
    ).toMatchObject({ path: 'date' });
    expect(issues(timeRecordInput, { ...base, isOmittedWorkingDay: true })[0]).toMatchObject({
      path: 'code',
    });
    expect(timeRecordInput.parse({ ...base, isOmittedWorkingDay: true, code: 'clockIn' })).toEqual({
      date: '2024-02-07',
      time: '2024-02-07T09:03:12+09:00',
      code: '1',
      isOmittedWorkingDay: true,
    });
  });

  test('coordinates in range and together; unknown fields refused', () => {
    expect(timeRecordInput.parse({ ...base, latitude: 35.6, longitude: 139.7 })).toMatchObject({
      latitude: 35.6,
    });
    expect(issues(timeRecordInput, { ...base, latitude: 95, longitude: 0 })[0]?.path).toBe('latitude');
    expect(issues(timeRecordInput, { ...base, latitude: 35 })[0]?.message).toMatch(/together/);
    expect(issues(timeRecordInput, { ...base, employeeCode: '0001' })[0]?.message).toMatch(/employeeCode/);
  });
});

describe('employee bodies', () => {
  const employee = {
    code: '0500',
    divisionCode: '1000',
    typeCode: '1',
    gender: 'male',
    lastName: '勤怠',
    firstName: '太郎',
  };

  test('create requires the documented fields and checks e-mail addresses', () => {
    expect(employeeCreateInput.parse(employee)).toEqual(employee);
    const missing = issues(employeeCreateInput, { code: '0500' }).map((i) => i.path);
    expect(missing).toEqual(
      expect.arrayContaining(['divisionCode', 'gender', 'typeCode', 'lastName', 'firstName']),
    );
    expect(issues(employeeCreateInput, { ...employee, emailAddresses: ['nope'] })[0]?.path).toBe(
      'emailAddresses[0]',
    );
    expect(issues(employeeCreateInput, { ...employee, code: 500 })[0]?.message).toMatch(/never numbers/);
  });

  test('update needs at least one field and accepts null to clear', () => {
    expect(issues(employeeUpdateInput, {})[0]?.message).toMatch(/at least one/);
    // KING OF TIME clears a field given empty; the description types these as strings, so JSON
    // null is never sent.
    expect(employeeUpdateInput.parse({ resignationDate: null })).toEqual({ resignationDate: '' });
    expect(
      employeeUpdateInput.parse({ lastNamePhonetics: null, hiredDate: '', emailAddresses: null, code: 'A1' }),
    ).toEqual({ lastNamePhonetics: '', hiredDate: '', emailAddresses: [], code: 'A1' });
    expect(issues(employeeUpdateInput, { allDayRegardingWorkInMinute: null })[0]).toMatchObject({
      path: 'allDayRegardingWorkInMinute',
      message: expect.stringMatching(/cannot be cleared/),
    });
    expect(issues(employeeUpdateInput, { hiredDate: '2024-02-30' })[0]?.path).toBe('hiredDate');
  });
});
