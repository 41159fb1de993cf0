import type { WorkdayOptions } from '../workdays/workday-options.js';
import { DEFAULT_DAY_BORDER, DEFAULT_TIME_ZONE } from '../workdays/workday-options.js';
import { employeeDayBorder } from './employee-day-border.js';
import type { EmployeeDirectory } from './employee-directory.js';

/** Options of {@link directoryWorkdayOptions}. */
export interface DirectoryWorkdayOptionsOptions {
  /**
   * The company's time zone.
   * @default 'Asia/Tokyo'
   */
  timeZone?: string;
  /**
   * The day-change time for an account that is not linked, or an employee whose division
   * the directory does not know.
   * @default '00:00'
   */
  fallbackDayBorder?: string;
}

/**
 * Per-employee working-day options from the directory: each employee's division's
 * 日付変更時刻, for the aggregator's and the log view's `workdayOptions`.
 *
 * @example
 * const aggregator = createAggregator({
 *   resolveEmployee: resolver.resolve,
 *   workdayOptions: directoryWorkdayOptions(directory),
 * });
 */
export function directoryWorkdayOptions(
  directory: EmployeeDirectory,
  options: DirectoryWorkdayOptionsOptions = {},
): (employeeCode: string | undefined) => WorkdayOptions {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const fallback = options.fallbackDayBorder ?? DEFAULT_DAY_BORDER;
  return (employeeCode) => ({
    timeZone,
    dayBorder: employeeCode === undefined ? fallback : employeeDayBorder(directory, employeeCode, fallback),
  });
}
