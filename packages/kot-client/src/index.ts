export { createKotClient, type KotClient } from './client.js';
export { type KotClock, systemClock } from './clock.js';
export { KotApiError, type KotApiErrorDetail, type KotApiErrorInit } from './errors/api-error.js';
export { KotAuthenticationError } from './errors/authentication-error.js';
export { KotBadRequestError } from './errors/bad-request-error.js';
export { KotConfigurationError } from './errors/configuration-error.js';
export { KotConnectionError, type KotConnectionErrorInit } from './errors/connection-error.js';
export { KotInputError, type KotInputErrorInit } from './errors/input-error.js';
export { KotError, type KotErrorCode, type KotErrorOptions } from './errors/kot-error.js';
export { KotNotFoundError } from './errors/not-found-error.js';
export { KotPermissionError } from './errors/permission-error.js';
export {
  KotProxyAuthenticationError,
  type KotProxyAuthenticationErrorInit,
} from './errors/proxy-authentication-error.js';
export { KotRateLimitError, type KotRateLimitErrorInit } from './errors/rate-limit-error.js';
export {
  KotResponseValidationError,
  type KotResponseValidationErrorInit,
} from './errors/response-validation-error.js';
export {
  KotRestrictedHoursError,
  type KotRestrictedHoursErrorInit,
} from './errors/restricted-hours-error.js';
export { KotServerError } from './errors/server-error.js';
export { KotTimeoutError, type KotTimeoutErrorInit } from './errors/timeout-error.js';
export type { KotValidationIssue } from './errors/validation-issue.js';
export type {
  KotErrorLogEvent,
  KotLogEvent,
  KotLogEventBase,
  KotLogger,
  KotRequestLogEvent,
  KotResponseLogEvent,
  KotRetryLogEvent,
  KotWaitLogEvent,
} from './logger.js';
export type { KotClientOptions } from './options/client-options.js';
export type { KotProxyOptions } from './options/proxy-options.js';
export type { KotRateLimitOptions } from './options/rate-limit-options.js';
export type { KotRestrictedHoursOptions } from './options/restricted-hours-options.js';
export type { KotRetryOptions } from './options/retry-options.js';
export {
  KOT_PUNCH_CODES,
  type KotPunchCode,
  type KotPunchCodeInput,
  type KotPunchCodeName,
} from './punch-code.js';
export { KotRefreshedToken } from './refreshed-token.js';
export {
  AdministratorsResource,
  type KotAdministratorAdditionalField,
  type ListAdministratorsParams,
} from './resources/administrators.js';
export type {
  KotAttendanceAdditionalField,
  KotDateRange,
  KotDayFilter,
} from './resources/attendance-params.js';
export { CompanyResource } from './resources/company.js';
export { DailyCostsResource, type ListDailyCostsParams } from './resources/daily-costs.js';
export {
  DailySchedulesResource,
  type GetDailySchedulesParams,
  type ListDailySchedulesParams,
} from './resources/daily-schedules.js';
export { DailyWorkingsResource, type ListDailyWorkingsParams } from './resources/daily-workings.js';
export { DivisionsResource } from './resources/divisions.js';
export {
  EmployeeGroupsResource,
  type KotEmployeeGroupAdditionalField,
  type ListEmployeeGroupsParams,
} from './resources/employee-groups.js';
export {
  EmployeesResource,
  type GetEmployeeParams,
  type KotEmployeeAdditionalField,
  type KotEmployeeCreateInput,
  type KotEmployeeUpdateInput,
  type ListEmployeesParams,
  type UpdateEmployeeParams,
} from './resources/employees.js';
export {
  type GetHolidayRemaindersParams,
  HolidayRemaindersResource,
} from './resources/holiday-remainders.js';
export { type GetMonthlyCostsParams, MonthlyCostsResource } from './resources/monthly-costs.js';
export {
  type GetMonthlyWorkingsParams,
  type KotMonthlyWorkingAdditionalField,
  MonthlyWorkingsResource,
} from './resources/monthly-workings.js';
export {
  type KotRequestAdditionalField,
  type ListRequestsParams,
  RequestsResource,
} from './resources/requests.js';
export {
  type CreateTimeRecordParams,
  type ListTimeRecordsParams,
  TimeRecordsResource,
} from './resources/timerecords.js';
export { TokensResource } from './resources/tokens.js';
export { WorkingTypesResource } from './resources/working-types.js';
export { type GetYearlyHolidaysParams, YearlyHolidaysResource } from './resources/yearly-holidays.js';
export { isRestricted } from './restricted-hours/is-restricted.js';
export { nextAllowedAt } from './restricted-hours/next-allowed-at.js';
export { KOT_RESTRICTED_WINDOWS, type KotRestrictedWindow } from './restricted-hours/restricted-window.js';
export type { KotAdministrator, KotAssociatedEmployee } from './schemas/responses/administrator.js';
export type { KotCompany } from './schemas/responses/company.js';
export type { KotDailyCost, KotDailyCostsOfDay } from './schemas/responses/daily-cost.js';
export type { KotDailySchedule, KotDailySchedulesOfDay } from './schemas/responses/daily-schedule.js';
export type { KotDailyWorking, KotDailyWorkingsOfDay } from './schemas/responses/daily-working.js';
export type { KotDivision } from './schemas/responses/division.js';
export type { KotEmployee, KotEmployeeProfile, KotGender } from './schemas/responses/employee.js';
export type { KotEmployeeGroup } from './schemas/responses/employee-group.js';
export type { KotEmployeeGroupRef } from './schemas/responses/employee-group-ref.js';
export type { KotHolidayRemainder } from './schemas/responses/holiday-remainder.js';
export type { KotHolidaysObtained } from './schemas/responses/holidays-obtained.js';
export type { KotMonthlyCost } from './schemas/responses/monthly-cost.js';
export type {
  KotHolidayWorkMinutes,
  KotMonthlyWorking,
  KotPremiumWorkMinutes,
  KotVariationalWorkMinutes,
  KotWeeklyWorkMinutes,
} from './schemas/responses/monthly-working.js';
export type {
  KotOvertimeDetails,
  KotOvertimeRequest,
  KotOvertimeRequests,
} from './schemas/responses/overtime-request.js';
export type {
  KotScheduleDetails,
  KotScheduleRequest,
  KotScheduleRequests,
} from './schemas/responses/schedule-request.js';
export type {
  KotCreatedTimeRecord,
  KotEmployeeTimeRecords,
  KotTimeRecord,
  KotTimeRecordsOfDay,
} from './schemas/responses/time-record.js';
export type { KotWorkflowRequest } from './schemas/responses/workflow-request.js';
export type { KotWorkingType } from './schemas/responses/working-type.js';
export type {
  KotLeaveEntry,
  KotYearlyHolidays,
  KotYearlyLeave,
} from './schemas/responses/yearly-holidays.js';
export { VERSION } from './version.js';
