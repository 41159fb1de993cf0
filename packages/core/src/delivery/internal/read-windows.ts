import type { LedgerPunch } from '../../ledger/ledger-punch.js';
import { addWorkdays } from '../../workdays/add-workdays.js';
import type { EmployeeDay } from '../employee-day.js';

/** A group of punches (or employee days) read back with one query. */
export interface ReadWindow<T extends EmployeeDay = LedgerPunch> {
  from: string;
  to: string;
  employeeCodes: string[];
  punches: T[];
}

/** Groups punches into windows of at most `maxDays` working days (KING OF TIME reads at most 62 days per request). */
export function readWindows<T extends EmployeeDay = LedgerPunch>(
  punches: readonly T[],
  maxDays: number,
): ReadWindow<T>[] {
  const sorted = [...punches].sort((a, b) => (a.workday < b.workday ? -1 : a.workday > b.workday ? 1 : 0));
  const windows: ReadWindow<T>[] = [];
  let current: ReadWindow<T> | undefined;
  let limit = '';
  for (const punch of sorted) {
    if (!current || punch.workday > limit) {
      current = { from: punch.workday, to: punch.workday, employeeCodes: [], punches: [] };
      limit = addWorkdays(punch.workday, Math.max(1, maxDays) - 1);
      windows.push(current);
    }
    current.to = punch.workday;
    current.punches.push(punch);
    if (!current.employeeCodes.includes(punch.employeeCode)) current.employeeCodes.push(punch.employeeCode);
  }
  return windows;
}
