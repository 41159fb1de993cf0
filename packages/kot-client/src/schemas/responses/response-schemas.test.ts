import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { administratorsSchema } from './administrator.js';
import { companySchema } from './company.js';
import { dailyCostsOfDaySchema, dailyCostsOfDaysSchema } from './daily-cost.js';
import { dailyWorkingsOfDaySchema, dailyWorkingsOfDaysSchema } from './daily-working.js';
import { divisionsSchema } from './division.js';
import { employeeSchema, employeesSchema } from './employee.js';
import { employeeGroupsSchema } from './employee-group.js';
import { holidayRemaindersSchema } from './holiday-remainder.js';
import { monthlyCostsSchema } from './monthly-cost.js';
import { monthlyWorkingsSchema } from './monthly-working.js';
import { overtimeRequestsSchema } from './overtime-request.js';
import { scheduleRequestsSchema } from './schedule-request.js';
import { createdTimeRecordSchema, timeRecordsOfDaySchema, timeRecordsOfDaysSchema } from './time-record.js';
import { refreshedTokenSchema } from './token.js';
import { workingTypesSchema } from './working-type.js';
import { yearlyHolidaysSchema } from './yearly-holidays.js';

const dir = join(import.meta.dirname, '__fixtures__', 'openapi');

/** The schema the client validates each documented operation's answer with. */
const schemaFor: Record<string, z.ZodType> = {
  RefreshAccessToken: refreshedTokenSchema,
  GetCompany: companySchema,
  GetAdministrators: administratorsSchema,
  GetEmployee: employeeSchema,
  GetEmployees: employeesSchema,
  RegisterEmployee: employeeSchema,
  UpdateEmployee: employeeSchema,
  GetDivisions: divisionsSchema,
  GetWorkingTypes: workingTypesSchema,
  GetEmployeeGroups: employeeGroupsSchema,
  GetDailyWorkings: dailyWorkingsOfDaysSchema,
  GetDailyWorking: dailyWorkingsOfDaySchema,
  'RegisterDailyWorkingTimerecord-example1': createdTimeRecordSchema,
  'RegisterDailyWorkingTimerecord-example2': createdTimeRecordSchema,
  GetDailyWorkingTimerecords: timeRecordsOfDaysSchema,
  GetDailyWorkingTimerecord: timeRecordsOfDaySchema,
  GetDailyWorkingCosts: dailyCostsOfDaysSchema,
  GetDailyWorkingCost: dailyCostsOfDaySchema,
  GetMonthlyWorking: monthlyWorkingsSchema,
  GetMonthlyWorkingCost: monthlyCostsSchema,
  GetMonthlyWorkingHolidayRemained: holidayRemaindersSchema,
  GetYearlyWorkingHoliday: yearlyHolidaysSchema,
  GetSchedules: scheduleRequestsSchema,
  GetOvertime: overtimeRequestsSchema,
};

const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length));
const load = (name: string): unknown => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));

describe("the documentation's example responses", () => {
  test('every fixture has a schema and every schema a fixture', () => {
    expect(fixtures.sort()).toEqual(Object.keys(schemaFor).sort());
  });

  test.each(fixtures)('%s parses', (name) => {
    const result = schemaFor[name]!.safeParse(load(name));
    expect(result.error?.issues).toBeUndefined();
  });

  test('values survive parsing (employee codes stay strings with their zeros)', () => {
    const groups = employeeGroupsSchema.parse(load('GetEmployeeGroups'));
    expect(groups[0]).toEqual({
      code: '0001',
      name: '人事部',
      category: { code: 'KEIKAN', name: '経営管理本部' },
    });
    const days = timeRecordsOfDaysSchema.parse(load('GetDailyWorkingTimerecords'));
    const records = days[0]!.dailyWorkings[0]!.timeRecord;
    expect(records.map((r) => r.code)).toEqual(['1', '2', '3', '4']);
    expect(records[1]).toMatchObject({ credentialCode: 300, credentialName: 'KOTSL' });
  });
});

describe('tolerance', () => {
  test('unknown new fields pass and are kept', () => {
    const parsed = divisionsSchema.parse([
      { code: '1000', name: '本社', dayBorderTime: '00:00', timeZone: 'JST' },
    ]);
    expect(parsed[0]).toMatchObject({ code: '1000', timeZone: 'JST' });
  });

  test('omitted and null properties pass', () => {
    const parsed = employeeSchema.parse({ code: '0001', key: 'k1', lastName: null, employeeGroups: null });
    expect(parsed.lastName).toBeUndefined();
    expect(parsed.employeeGroups).toEqual([]);
    expect(timeRecordsOfDaySchema.parse({ date: '2024-02-07' }).dailyWorkings).toEqual([]);
  });

  test('codes sent as numbers become strings; numbers sent as strings become numbers', () => {
    const parsed = createdTimeRecordSchema.parse({
      date: '2024-02-07',
      employeeKey: 'k1',
      timeRecord: { time: '2024-02-07T09:00:00+09:00', code: 1, divisionCode: 1000, latitude: '35.5' },
    });
    expect(parsed.timeRecord).toMatchObject({ code: '1', divisionCode: '1000', latitude: 35.5 });
    const month = monthlyWorkingsSchema.parse([
      { year: '2024', month: '2', employeeKey: 'k', isClosing: 'false' },
    ]);
    expect(month[0]).toMatchObject({ year: 2024, month: 2, isClosing: false });
  });

  test('extra fields of any kind in premiumWork, weeklyWork and variationalWork pass and are kept', () => {
    // The description allows extra properties there; one of another kind must not fail the month.
    const [month] = monthlyWorkingsSchema.parse([
      {
        year: 2024,
        month: 2,
        employeeKey: 'k',
        premiumWork: { overtime1: 30, nightOvertime1: '15', overtime2: 0, nightOvertime2: 0, note: 'x' },
        weeklyWork: { overtime: 5, breakdown: { a: 1 }, flag: true },
        variationalWork: { yearlyOvertime: 120, label: 'ほげ', weeklyGeneralHolidayNightOvertime: 3 },
      },
    ]);
    expect(month?.premiumWork).toEqual({
      overtime1: 30,
      nightOvertime1: 15,
      overtime2: 0,
      nightOvertime2: 0,
      note: 'x',
    });
    expect(month?.weeklyWork).toMatchObject({ overtime: 5, flag: true, breakdown: { a: 1 } });
    expect(month?.variationalWork).toMatchObject({
      yearlyOvertime: 120,
      weeklyGeneralHolidayNightOvertime: 3,
    });
    // A documented minute field that is not a number still does not fit.
    expect(
      monthlyWorkingsSchema.safeParse([
        { year: 2024, month: 2, employeeKey: 'k', premiumWork: { overtime1: 'many' } },
      ]).success,
    ).toBe(false);
  });

  test('the yearly holidays year: a string as the description types it, or a number', () => {
    const base = { employees: [] };
    expect(yearlyHolidaysSchema.parse({ ...base, year: '2019' }).year).toBe('2019');
    expect(yearlyHolidaysSchema.parse({ ...base, year: 2019 }).year).toBe('2019');
  });

  test('an administrator e-mail sent as one string or as a list', () => {
    const [one, many] = administratorsSchema.parse([
      { code: 'a', key: 'k', name: 'n', emailAddresses: 'a@example.com' },
      { code: 'b', key: 'l', name: 'm', emailAddresses: ['b@example.com', 'c@example.com'] },
    ]);
    expect(one?.emailAddresses).toEqual(['a@example.com']);
    expect(many?.emailAddresses).toHaveLength(2);
  });
});

describe('answers that truly do not fit', () => {
  test.each([
    ['an object where a list belongs', employeesSchema, { employees: [] }],
    ['an employee without a key', employeeSchema, { code: '0001' }],
    [
      'a punch without a time',
      createdTimeRecordSchema,
      { date: '2024-02-07', employeeKey: 'k', timeRecord: { code: '1' } },
    ],
    [
      'a non-numeric total',
      monthlyWorkingsSchema,
      [{ year: 2024, month: 2, employeeKey: 'k', overtime: 'lots' }],
    ],
    ['a token that is not a string', refreshedTokenSchema, { token: 42 }],
  ] as const)('%s is rejected', (_label, schema, value) => {
    expect(schema.safeParse(value).success).toBe(false);
  });
});
