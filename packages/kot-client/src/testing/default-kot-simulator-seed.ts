import type { KotSimulatorSeed } from './kot-simulator-seed.js';

const ADMIN_KEY = '164bf077512c8aee35998fa5207577e348a76864692bd7b31db76e88fb82d029';
const MANAGER_KEY = 'f195b92e7ef7185dd783c5df4bd6178f6d28897e68ac2c3bf40543cf92e26c6d';
const TARO_KEY = '7785578d3f5de0c0283b521aa67449899c88cc56b2485fa776b7e8f48e2f9c21';
const HANAKO_KEY = 'a2dc058789c929bc7b9770a79801dfa102a1e1f7798ef0243132d53386509920';

const flow = [
  { level: 1, administratorKeys: [MANAGER_KEY] },
  { level: 2, administratorKeys: [ADMIN_KEY] },
];

/**
 * The company the simulator starts with unless told otherwise: two divisions (本社 with
 * 日付変更時刻 00:00, 物流センター with 05:00), two working types, three employee groups, five
 * employees (codes `0001`, `0002`, `0003` night shift, `A010` part-time, `0099` resigned on
 * 2023-03-31), two administrators, and one スケジュール申請 and one 時間外勤務申請 in February 2024.
 * No punches.
 */
export const defaultKotSimulatorSeed: KotSimulatorSeed = {
  company: {
    key: '9fa681800940bf6a58e3a6e2c2f1fd0c3a79845aae848c13d2e5500ae6d70115',
    code: 'sample',
    name: 'サンプル株式会社',
    host: 's2.kingtime.jp',
    businessYearStartDate: '04/01',
    timeDisplayFormat: 'sexagesimal',
    decimalTreatType: 'round',
  },
  divisions: [
    { code: '1000', name: '本社', dayBorderTime: '00:00' },
    { code: '2000', name: '物流センター', dayBorderTime: '05:00' },
  ],
  workingTypes: [
    { code: '1', name: '正社員' },
    { code: '2', name: 'パート・アルバイト' },
  ],
  employeeGroups: [
    { code: '0001', name: '人事部', category: { code: 'KEIKAN', name: '経営管理本部' } },
    { code: '0002', name: '総務部', category: { code: 'KEIKAN', name: '経営管理本部' } },
    { code: '0003', name: '営業部' },
  ],
  employees: [
    {
      key: TARO_KEY,
      code: '0001',
      lastName: '勤怠',
      firstName: '太郎',
      lastNamePhonetics: 'キンタイ',
      firstNamePhonetics: 'タロウ',
      gender: 'male',
      divisionCode: '1000',
      typeCode: '1',
      employeeGroupCodes: ['0001', '0002'],
      hiredDate: '2015-04-01',
      birthDate: '1990-09-01',
      emailAddresses: ['kintai.taro@example.com'],
      allDayRegardingWorkInMinute: 480,
      commuteCost: 640,
    },
    {
      key: HANAKO_KEY,
      code: '0002',
      lastName: '勤怠',
      firstName: '花子',
      lastNamePhonetics: 'キンタイ',
      firstNamePhonetics: 'ハナコ',
      gender: 'female',
      divisionCode: '1000',
      typeCode: '1',
      employeeGroupCodes: ['0003'],
      hiredDate: '2018-04-01',
      emailAddresses: ['kintai.hanako@example.com'],
      allDayRegardingWorkInMinute: 480,
    },
    {
      key: '5c0d112d6ba6f5cd917c02a5817b82128f1a35280378a13f1fc67b4ea3cd9e12',
      code: '0003',
      lastName: '夜間',
      firstName: '一郎',
      lastNamePhonetics: 'ヤカン',
      firstNamePhonetics: 'イチロウ',
      gender: 'male',
      divisionCode: '2000',
      typeCode: '1',
      hiredDate: '2020-10-01',
      allDayRegardingWorkInMinute: 480,
      schedule: { clockIn: '22:00', clockOut: '07:00', breakMinutes: 60, weekdays: [1, 2, 3, 4, 5] },
    },
    {
      key: 'eaf137fdf372af2c755afcd6c624041bc078982442995491e3b495a120e7a971',
      code: 'A010',
      lastName: '派遣',
      firstName: '次郎',
      gender: 'male',
      divisionCode: '2000',
      typeCode: '2',
      hiredDate: '2022-06-01',
      schedule: { clockIn: '10:00', clockOut: '15:00', breakMinutes: 0, weekdays: [1, 3, 5] },
      hourlyWage: 1200,
    },
    {
      key: 'cd61eef7d934e6c2ee61564a4c834b086798cb429a6268641d0412688135c34e',
      code: '0099',
      lastName: '退職',
      firstName: '三郎',
      gender: 'male',
      divisionCode: '1000',
      typeCode: '1',
      hiredDate: '2010-04-01',
      resignationDate: '2023-03-31',
    },
  ],
  administrators: [
    { key: ADMIN_KEY, code: 'admin', name: '全権管理者', emailAddresses: 'admin@example.com' },
    {
      key: MANAGER_KEY,
      code: '2000',
      name: 'エリアマネージャー',
      emailAddresses: 'manager@example.com',
      associatedEmployeeCodes: ['0001', '0002'],
    },
  ],
  scheduleRequests: [
    {
      date: '2024-02-13',
      requestedDate: '2024-02-05',
      employeeKey: HANAKO_KEY,
      requestKey: 'd29fceef65470e1b9002c9fad662ae1ae23c51e63377a2499b749a091ab9a346',
      applicant: { type: 'employee', key: HANAKO_KEY },
      status: 'applying',
      currentFlow: 1,
      flow,
      message: '通院のため時差出勤します',
      adminComment: '',
      lastModifiedAdministratorKey: MANAGER_KEY,
      requested: {
        clockInSchedule: '2024-02-13T11:00+09:00',
        clockOutSchedule: '2024-02-13T20:00+09:00',
        breakSchedule: 60,
        startEndBreakSchedule: [{ start: '2024-02-13T14:00+09:00', end: '2024-02-13T15:00+09:00' }],
        workDayTypeName: '平日',
        holidaysObtained: { halfdayHolidays: [], hourHolidays: [] },
        workPlaceDivisionCode: '1000',
        workPlaceDivisionName: '本社',
        scheduleTypeName: '通常勤務',
      },
      current: {
        clockInSchedule: '2024-02-13T09:00+09:00',
        clockOutSchedule: '2024-02-13T18:00+09:00',
        breakSchedule: 60,
        startEndBreakSchedule: [{ start: '2024-02-13T12:00+09:00', end: '2024-02-13T13:00+09:00' }],
        workDayTypeName: '平日',
        holidaysObtained: { halfdayHolidays: [], hourHolidays: [] },
        workPlaceDivisionCode: '1000',
        workPlaceDivisionName: '本社',
        scheduleTypeName: '通常勤務',
      },
    },
  ],
  overtimeRequests: [
    {
      date: '2024-02-07',
      requestedDate: '2024-02-07',
      employeeKey: TARO_KEY,
      requestKey: '66a86cfcc327dac8a8151fe3a173b3513ffc53bfe92d3c1c6c318057594b84f6',
      applicant: { type: 'employee', key: TARO_KEY },
      status: 'approved',
      currentFlow: 2,
      flow,
      message: '月次締め作業のため',
      adminComment: '承認します',
      lastModifiedAdministratorKey: ADMIN_KEY,
      requested: { isBeforeSchedule: false, start: '2024-02-07T18:00+09:00', end: '2024-02-07T20:00+09:00' },
      current: { isBeforeSchedule: false, start: '2024-02-07T18:00+09:00', end: '2024-02-07T20:00+09:00' },
    },
  ],
};
