import { Requester } from './internal/http/requester.js';
import { resolveSettings } from './internal/options/resolve-settings.js';
import type { KotClientOptions } from './options/client-options.js';
import { AdministratorsResource } from './resources/administrators.js';
import { CompanyResource } from './resources/company.js';
import { DailyCostsResource } from './resources/daily-costs.js';
import { DailySchedulesResource } from './resources/daily-schedules.js';
import { DailyWorkingsResource } from './resources/daily-workings.js';
import { DivisionsResource } from './resources/divisions.js';
import { EmployeeGroupsResource } from './resources/employee-groups.js';
import { EmployeesResource } from './resources/employees.js';
import { HolidayRemaindersResource } from './resources/holiday-remainders.js';
import { MonthlyCostsResource } from './resources/monthly-costs.js';
import { MonthlyWorkingsResource } from './resources/monthly-workings.js';
import { RequestsResource } from './resources/requests.js';
import { TimeRecordsResource } from './resources/timerecords.js';
import { TokensResource } from './resources/tokens.js';
import { WorkingTypesResource } from './resources/working-types.js';
import { YearlyHolidaysResource } from './resources/yearly-holidays.js';

/** A KING OF TIME client: one namespace per area of the Web API. Create it with {@link createKotClient}. */
export interface KotClient {
  /** 企業情報: `company.get()`. */
  readonly company: CompanyResource;
  /** 管理者: `administrators.list()`. */
  readonly administrators: AdministratorsResource;
  /** 従業員: `list`, `get` (by code), `create`, `update` and `delete` (by key). */
  readonly employees: EmployeesResource;
  /** 所属 with their 日付変更時刻: `divisions.list()`. */
  readonly divisions: DivisionsResource;
  /** 雇用区分: `workingTypes.list()`. */
  readonly workingTypes: WorkingTypesResource;
  /** 従業員グループ: `employeeGroups.list()`. */
  readonly employeeGroups: EmployeeGroupsResource;
  /** 日別勤務データ: `list(range)` and `get(date)`. */
  readonly dailyWorkings: DailyWorkingsResource;
  /** 打刻: `list(range)`, `get(date)` and `create(employeeKey, punch)`. */
  readonly timerecords: TimeRecordsResource;
  /** 日別費用データ: `list(range)` and `get(date)`. */
  readonly dailyCosts: DailyCostsResource;
  /** 月別勤務データ: `get(month)`. */
  readonly monthlyWorkings: MonthlyWorkingsResource;
  /** 月別費用データ: `get(month)`. */
  readonly monthlyCosts: MonthlyCostsResource;
  /** 月別残休暇データ: `get(employeeTypeCode, month)`. */
  readonly holidayRemainders: HolidayRemaindersResource;
  /** 年別休暇データ: `get(employeeTypeCode, year)`. */
  readonly yearlyHolidays: YearlyHolidaysResource;
  /** 申請: `schedules(month)` and `overtimes(month)`. */
  readonly requests: RequestsResource;
  /** 日別スケジュール: `list(range)` and `get(date)`. */
  readonly dailySchedules: DailySchedulesResource;
  /** The client's own token: `available()`, `refresh()`, `revoke()`. */
  readonly tokens: TokensResource;
  /** Closes open connections (to a proxy, if any). The client must not be used afterwards. */
  close(): Promise<void>;
}

/**
 * Creates a KING OF TIME Web API client. The token comes from `options.token` or the
 * `KOT_ACCESS_TOKEN` environment variable. Options are validated at once
 * ({@link KotConfigurationError} names each bad one); nothing is sent until a method is called.
 *
 * The client never keeps the token where `JSON.stringify`, `util.inspect` or an error could
 * show it.
 *
 * @example
 * ```ts
 * import { createKotClient } from '@pclogin/kot-client';
 *
 * const kot = createKotClient(); // token from KOT_ACCESS_TOKEN
 * const employee = await kot.employees.get('0001');
 * await kot.timerecords.create(employee.key, { date: '2024-02-07', time: new Date(), code: 'clockIn' });
 * ```
 */
export function createKotClient(options: KotClientOptions = {}): KotClient {
  const requester = new Requester(resolveSettings(options));
  return Object.freeze({
    company: new CompanyResource(requester),
    administrators: new AdministratorsResource(requester),
    employees: new EmployeesResource(requester),
    divisions: new DivisionsResource(requester),
    workingTypes: new WorkingTypesResource(requester),
    employeeGroups: new EmployeeGroupsResource(requester),
    dailyWorkings: new DailyWorkingsResource(requester),
    timerecords: new TimeRecordsResource(requester),
    dailyCosts: new DailyCostsResource(requester),
    monthlyWorkings: new MonthlyWorkingsResource(requester),
    monthlyCosts: new MonthlyCostsResource(requester),
    holidayRemainders: new HolidayRemaindersResource(requester),
    yearlyHolidays: new YearlyHolidaysResource(requester),
    requests: new RequestsResource(requester),
    dailySchedules: new DailySchedulesResource(requester),
    tokens: new TokensResource(requester),
    close: () => requester.close(),
  });
}
