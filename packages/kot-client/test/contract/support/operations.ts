import type { KotClient } from '../../../src/client.js';

/** The identifiers an operation's arguments use: any for a mock, existing ones for the simulator. */
export interface ContractData {
  /** An employee to read, punch for, update and delete (a 64-hex key, as KING OF TIME's). */
  employeeKey: string;
  /** That employee's code. */
  employeeCode: string;
  /** An administrator's key. */
  administratorKey: string;
}

/** Identifiers for a mock: KING OF TIME's documentation's own. */
export const MOCK_DATA: ContractData = {
  employeeKey: '8b6ee646a9620b286499c3df6918c4888a97dd7bbc6a26a18743f4697a1de4b3',
  employeeCode: '1000',
  administratorKey: 'c77a34b32f5de30b6335d141ad714baf6713cd21ca98689efec9fe273526fac2',
};

/** One operation of the API description and the client call that performs it. */
export interface ContractOperation {
  /** The description's `operationId`. */
  operationId: string;
  /** The client method, as a user writes it. */
  method: string;
  /** Calls it with arguments that use every parameter the client offers. */
  call(kot: KotClient, data: ContractData): Promise<unknown>;
}

/**
 * Every operation of the API description, each through the client. (`dailySchedules` is not in
 * the description: KING OF TIME's documentation of it was seen in one client only, so it has
 * no contract to be held against.)
 */
export const CONTRACT_OPERATIONS: readonly ContractOperation[] = [
  {
    operationId: 'GetAccessTokenAvailability',
    method: 'tokens.available',
    call: (k) => k.tokens.available(),
  },
  { operationId: 'RefreshAccessToken', method: 'tokens.refresh', call: (k) => k.tokens.refresh() },
  { operationId: 'SuspendAccessToken', method: 'tokens.revoke', call: (k) => k.tokens.revoke() },
  { operationId: 'GetCompany', method: 'company.get', call: (k) => k.company.get() },
  {
    operationId: 'GetAdministrators',
    method: 'administrators.list',
    call: (k) => k.administrators.list({ additionalFields: ['emailAddresses', 'associatedEmployees'] }),
  },
  {
    operationId: 'GetEmployee',
    method: 'employees.get',
    call: (k, d) =>
      k.employees.get(d.employeeCode, {
        date: '2024-02-07',
        includeResigner: true,
        additionalFields: ['hiredDate', 'emailAddresses', 'lastNamePhonetics'],
      }),
  },
  {
    operationId: 'GetEmployees',
    method: 'employees.list',
    call: (k) =>
      k.employees.list({
        date: '2024-02-07',
        division: '1000',
        includeResigner: false,
        additionalFields: ['birthDate', 'resignationDate', 'allDayRegardingWorkInMinute'],
      }),
  },
  {
    operationId: 'RegisterEmployee',
    method: 'employees.create',
    call: (k) =>
      k.employees.create({
        code: '0500',
        divisionCode: '1000',
        typeCode: '1',
        gender: 'female',
        lastName: '新入',
        firstName: '桜',
        lastNamePhonetics: 'シンニュウ',
        hiredDate: '2024-04-01',
        emailAddresses: ['sakura@example.com'],
        allDayRegardingWorkInMinute: 480,
      }),
  },
  {
    operationId: 'UpdateEmployee',
    method: 'employees.update',
    call: (k, d) =>
      k.employees.update(
        d.employeeKey,
        { divisionCode: '2000', hiredDate: null, lastNamePhonetics: null, emailAddresses: null },
        { updateDate: '2024-02-07' },
      ),
  },
  {
    operationId: 'DeleteEmployee',
    method: 'employees.delete',
    call: (k, d) => k.employees.delete(d.employeeKey),
  },
  { operationId: 'GetDivisions', method: 'divisions.list', call: (k) => k.divisions.list() },
  { operationId: 'GetWorkingTypes', method: 'workingTypes.list', call: (k) => k.workingTypes.list() },
  {
    operationId: 'GetEmployeeGroups',
    method: 'employeeGroups.list',
    call: (k) => k.employeeGroups.list({ additionalFields: ['category'] }),
  },
  {
    operationId: 'GetDailyWorkings',
    method: 'dailyWorkings.list',
    call: (k) =>
      k.dailyWorkings.list({
        start: '2024-02-01',
        end: '2024-02-07',
        division: '1000',
        ondivision: true,
        additionalFields: ['currentDateEmployee'],
      }),
  },
  {
    operationId: 'GetDailyWorking',
    method: 'dailyWorkings.get',
    call: (k) =>
      k.dailyWorkings.get('2024-02-07', { division: '1000', additionalFields: ['currentDateEmployee'] }),
  },
  {
    operationId: 'RegisterDailyWorkingTimerecord',
    method: 'timerecords.create',
    call: (k, d) =>
      k.timerecords.create(d.employeeKey, {
        date: '2024-02-07',
        time: '2024-02-07T09:03:12+09:00',
        code: 'clockIn',
        divisionCode: '1000',
        latitude: 35.6672237,
        longitude: 139.7422207,
      }),
  },
  {
    operationId: 'GetDailyWorkingTimerecords',
    method: 'timerecords.list',
    call: (k, d) =>
      k.timerecords.list({
        start: '2024-02-01',
        end: '2024-02-07',
        employeeKeys: [d.employeeKey],
        additionalFields: ['currentDateEmployee'],
      }),
  },
  {
    operationId: 'GetDailyWorkingTimerecord',
    method: 'timerecords.get',
    call: (k) =>
      k.timerecords.get('2024-02-07', {
        division: '1000',
        ondivision: false,
        additionalFields: ['currentDateEmployee'],
      }),
  },
  {
    operationId: 'GetDailyWorkingCosts',
    method: 'dailyCosts.list',
    call: (k) => k.dailyCosts.list({ start: '2024-02-01', end: '2024-02-07', division: '1000' }),
  },
  {
    operationId: 'GetDailyWorkingCost',
    method: 'dailyCosts.get',
    call: (k) => k.dailyCosts.get('2024-02-07', { additionalFields: ['currentDateEmployee'] }),
  },
  {
    operationId: 'GetMonthlyWorking',
    method: 'monthlyWorkings.get',
    call: (k) =>
      k.monthlyWorkings.get('2024-01', {
        division: '1000',
        additionalFields: ['weeklyWork', 'variationalWork', 'isConfirmation', 'currentDateEmployee'],
      }),
  },
  {
    operationId: 'GetMonthlyWorkingCost',
    method: 'monthlyCosts.get',
    call: (k) =>
      k.monthlyCosts.get('2024-01', { division: '1000', additionalFields: ['currentDateEmployee'] }),
  },
  {
    operationId: 'GetMonthlyWorkingHolidayRemained',
    method: 'holidayRemainders.get',
    call: (k) => k.holidayRemainders.get(1, '2024-01', { additionalFields: ['currentDateEmployee'] }),
  },
  {
    operationId: 'GetYearlyWorkingHoliday',
    method: 'yearlyHolidays.get',
    call: (k) => k.yearlyHolidays.get(1, 2023, { additionalFields: ['currentDateEmployee'] }),
  },
  {
    operationId: 'GetSchedules',
    method: 'requests.schedules',
    call: (k, d) =>
      k.requests.schedules('2024-02', { administratorKey: d.administratorKey, additionalFields: ['flow'] }),
  },
  {
    operationId: 'GetOvertime',
    method: 'requests.overtimes',
    call: (k, d) =>
      k.requests.overtimes('2024-02', { administratorKey: d.administratorKey, additionalFields: ['flow'] }),
  },
];
