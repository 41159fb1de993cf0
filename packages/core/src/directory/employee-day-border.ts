import type { EmployeeDirectory } from './employee-directory.js';
import { indexDirectory } from './internal/directory-index.js';

/**
 * The day-change time (日付変更時刻) `HH:MM` of an employee's division, or `fallback` when
 * the employee, their division or the division's entry is unknown.
 *
 * @param fallback - returned when the directory cannot say. @default '00:00'
 * @example
 * employeeDayBorder(directory, '0001') // → '05:00'
 */
export function employeeDayBorder(
  directory: EmployeeDirectory,
  employeeCode: string,
  fallback = '00:00',
): string {
  const index = indexDirectory(directory);
  const divisionCode = index.employees.get(employeeCode)?.divisionCode;
  if (divisionCode === undefined) return fallback;
  return index.divisions.get(divisionCode)?.dayBorderTime ?? fallback;
}
