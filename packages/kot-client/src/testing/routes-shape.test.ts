import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultKotSimulatorSeed } from './default-kot-simulator-seed.js';
import { type FixtureSchema, isOmittable, keyPaths, shapeProblems } from './internal/openapi-shape.js';
import { call, manualClock } from './internal/test-client.js';
import type { KotSimulator } from './kot-simulator.js';
import { startKotSimulator } from './start-kot-simulator.js';

interface Fixture {
  operationId: string;
  method: string;
  path: string;
  status: number;
  schema?: FixtureSchema;
  examples?: unknown[];
}

const FIXTURES = join(import.meta.dirname, '__fixtures__', 'openapi');
const fixtures = new Map<string, Fixture>(
  readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.json'))
    .map((file) => {
      const fixture = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Fixture;
      return [fixture.operationId, fixture];
    }),
);
const fixture = (operationId: string) => fixtures.get(operationId)!;

const TARO = '7785578d3f5de0c0283b521aa67449899c88cc56b2485fa776b7e8f48e2f9c21';
const ALL_EMPLOYEE_FIELDS =
  'lastNamePhonetics,firstNamePhonetics,hiredDate,birthDate,resignationDate,emailAddresses,allDayRegardingWorkInMinute';
const EMPLOYEE_BODY = {
  divisionCode: '1000',
  gender: 'male',
  typeCode: '1',
  code: '1000',
  lastName: '勤怠',
  firstName: '次郎',
  emailAddresses: ['kintai.jiro@example.com'],
};

/** Leave (休暇) and custom items (カスタム項目) are not simulated: KOT omits these when null. */
const NO_LEAVE = [
  'holidaysObtained.fulltimeHoliday',
  'holidaysObtained.halfdayHolidays[]',
  'holidaysObtained.hourHolidays[]',
];
const NO_CUSTOM_ITEMS = ['autoBreakOff', 'customDailyWorkings[]'];
/** Employee A010 has no 読み仮名 (phonetics), so KOT leaves them out of its currentDateEmployee. */
const NO_PHONETICS = ['*.currentDateEmployee.lastNamePhonetics', '*.currentDateEmployee.firstNamePhonetics'];
const prefixed = (prefix: string, paths: readonly string[]) => paths.map((path) => `${prefix}${path}`);

/**
 * Each documented operation: the request that exercises it and the paths the simulator may leave
 * out (null in its data, or a mistake of the transcription), each with its reason.
 */
const CASES: {
  operationId: string;
  request: string;
  method?: string;
  body?: unknown;
  omittable?: string[];
}[] = [
  { operationId: 'GetAccessTokenAvailability', request: '/tokens/{token}/available' },
  { operationId: 'GetCompany', request: '/company' },
  {
    operationId: 'GetAdministrators',
    request: '/administrators?additionalFields=emailAddresses,associatedEmployees',
  },
  { operationId: 'GetEmployee', request: `/employees/0001?additionalFields=${ALL_EMPLOYEE_FIELDS}` },
  { operationId: 'GetEmployees', request: `/employees?additionalFields=${ALL_EMPLOYEE_FIELDS}` },
  { operationId: 'RegisterEmployee', request: '/employees', method: 'POST', body: EMPLOYEE_BODY },
  {
    operationId: 'UpdateEmployee',
    request: `/employees/${TARO}`,
    method: 'PUT',
    body: { resignationDate: '2030-03-31' },
  },
  { operationId: 'GetDivisions', request: '/divisions' },
  // The transcription lists dayBorderTime as required for working types by mistake (copied from divisions).
  { operationId: 'GetWorkingTypes', request: '/working-types', omittable: ['[].dayBorderTime'] },
  { operationId: 'GetEmployeeGroups', request: '/employee-groups?additionalFields=category' },
  {
    operationId: 'GetDailyWorkings',
    request: '/daily-workings?start=2024-02-07&end=2024-02-08&additionalFields=currentDateEmployee',
    omittable: prefixed('[].dailyWorkings[].', [...NO_LEAVE, ...NO_CUSTOM_ITEMS]),
  },
  {
    operationId: 'GetDailyWorking',
    request: '/daily-workings/2024-02-07?additionalFields=currentDateEmployee',
    omittable: prefixed('dailyWorkings[].', [...NO_LEAVE, ...NO_CUSTOM_ITEMS]),
  },
  {
    operationId: 'RegisterDailyWorkingTimerecord',
    request: `/daily-workings/timerecord/${TARO}`,
    method: 'POST',
    body: {
      date: '2024-02-08',
      time: '2024-02-08T09:00:00+09:00',
      latitude: 35.6672237,
      longitude: 139.7422207,
    },
  },
  {
    operationId: 'GetDailyWorkingTimerecords',
    request:
      '/daily-workings/timerecord?start=2024-02-07&end=2024-02-08&additionalFields=currentDateEmployee',
    // Coordinates exist only on punches made with them.
    omittable: ['[].dailyWorkings[].timeRecord[].latitude', '[].dailyWorkings[].timeRecord[].longitude'],
  },
  {
    operationId: 'GetDailyWorkingTimerecord',
    request: '/daily-workings/timerecord/2024-02-07?additionalFields=currentDateEmployee',
    omittable: ['dailyWorkings[].timeRecord[].latitude', 'dailyWorkings[].timeRecord[].longitude'],
  },
  {
    operationId: 'GetDailyWorkingCosts',
    request: '/daily-workings/cost?start=2024-02-07&end=2024-02-08&additionalFields=currentDateEmployee',
  },
  {
    operationId: 'GetDailyWorkingCost',
    request: '/daily-workings/cost/2024-02-07?additionalFields=currentDateEmployee',
  },
  {
    operationId: 'GetMonthlyWorking',
    request:
      '/monthly-workings/2024-02?additionalFields=weeklyWork,variationalWork,isConfirmation,currentDateEmployee',
    omittable: ['[].customMonthlyWorkings[]'],
  },
  {
    operationId: 'GetMonthlyWorkingCost',
    request: '/monthly-workings/cost/2024-02?additionalFields=currentDateEmployee',
  },
  {
    operationId: 'GetMonthlyWorkingHolidayRemained',
    request: '/monthly-workings/holiday-remained/1/2024-02?additionalFields=currentDateEmployee',
  },
  {
    operationId: 'GetYearlyWorkingHoliday',
    request: '/yearly-workings/holidays/1/2024?additionalFields=currentDateEmployee',
    // No leave is taken, carried over or lost in the simulator.
    omittable: [
      'employees[].holidays[].obtained[]',
      'employees[].holidays[].remained[]',
      'employees[].holidays[].expired[]',
    ],
  },
  {
    operationId: 'GetSchedules',
    request: '/requests/schedules/2024-02?additionalFields=flow',
    // The seeded request takes no leave, is not a substitution and has no overtime cap.
    omittable: [
      ...['requested', 'current'].flatMap((side) =>
        prefixed(`scheduleRequests[].${side}.`, [
          ...NO_LEAVE,
          'substitutionClockInName',
          'overtimeUpperLimit',
        ]),
      ),
    ],
  },
  { operationId: 'GetOvertime', request: '/requests/overtimes/2024-02?additionalFields=flow' },
  { operationId: 'RefreshAccessToken', request: '/tokens/{token}', method: 'POST' },
];

describe('every documented operation answers in the documented shape', () => {
  let sim: KotSimulator;
  beforeAll(async () => {
    sim = await startKotSimulator({
      clock: manualClock('2024-02-08T11:00:00+09:00').clock,
      seed: {
        ...defaultKotSimulatorSeed,
        timerecords: [
          {
            employee: '0001',
            date: '2024-02-07',
            time: '2024-02-07T09:00:00+09:00',
            code: '1',
            latitude: 35.6672237,
            longitude: 139.7422207,
          },
          { employee: '0001', date: '2024-02-07', time: '2024-02-07T12:00:00+09:00', code: '3' },
          { employee: '0001', date: '2024-02-07', time: '2024-02-07T13:00:00+09:00', code: '4' },
          {
            employee: '0001',
            date: '2024-02-07',
            time: '2024-02-07T18:00:00+09:00',
            code: '2',
            credentialCode: 300,
            credentialName: 'KOTSL',
            latitude: 35.6672237,
            longitude: 139.7422207,
          },
        ],
      },
    });
  });
  afterAll(() => sim.close());

  it('covers every operation of the fixtures', () => {
    const covered = new Set([
      ...CASES.map((entry) => entry.operationId),
      'DeleteEmployee',
      'SuspendAccessToken',
    ]);
    expect([...fixtures.keys()].filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each(CASES)('$operationId', async ({ operationId, request, method, body, omittable = [] }) => {
    const { status, schema, examples = [] } = fixture(operationId);
    const answer = await call(sim, request.replace('{token}', sim.token), { method: method ?? 'GET', body });
    expect(answer.status).toBe(status);
    // This transcription describes the date variant with the punch schema by mistake; its example
    // has the shape of one day of GetDailyWorkingTimerecords, which is what KOT answers.
    const documented =
      operationId === 'GetDailyWorkingTimerecord'
        ? fixture('GetDailyWorkingTimerecords').schema!.items!
        : schema!;
    const allowed = new Set([...omittable, ...NO_PHONETICS]);
    expect(shapeProblems(answer.json, documented, allowed)).toEqual([]);
    const answered = keyPaths(answer.json);
    for (const example of examples) {
      const missing = [...keyPaths(example)].filter(
        (path) => !answered.has(path) && !isOmittable(path, allowed),
      );
      expect(missing, 'keys of the documented example that the answer lacks').toEqual([]);
    }
    expect(answer.text).not.toContain('null');
  });

  it.each([
    ['DeleteEmployee', '/employees/a2dc058789c929bc7b9770a79801dfa102a1e1f7798ef0243132d53386509920'],
    ['SuspendAccessToken', '/tokens/{token}'],
  ])('%s answers 204 without a body', async (_operationId, request) => {
    const answer = await call(sim, request.replace('{token}', sim.token), { method: 'DELETE' });
    expect(answer.status).toBe(204);
    expect(answer.text).toBe('');
  });
});

describe('the shape checker', () => {
  const schema: FixtureSchema = {
    type: 'object',
    required: ['code', 'count'],
    properties: {
      code: { type: 'string', enum: ['1', '2'] },
      count: { type: 'integer' },
      list: { type: 'array', items: { type: 'boolean' } },
    },
  };

  it('finds invented fields, missing required ones, wrong types and values outside an enum', () => {
    expect(shapeProblems({ code: '1', count: 2, list: [true] }, schema)).toEqual([]);
    expect(shapeProblems({ code: 1, count: 2.5, extra: 0, list: ['x'] }, schema)).toEqual([
      'code: 1 not in enum',
      'code: expected a string',
      'count: expected an integer',
      'extra: not in the documented schema',
      'list[]: expected a boolean',
    ]);
    expect(shapeProblems({ code: '3' }, schema)).toEqual([
      'count: required but missing',
      'code: "3" not in enum',
    ]);
    expect(shapeProblems({ code: '2' }, schema, new Set(['count']))).toEqual([]);
  });

  it('lists key paths through arrays', () => {
    expect([...keyPaths([{ a: [{ b: 1 }], c: null }])]).toEqual(['[].a', '[].a[].b', '[].c']);
  });
});
