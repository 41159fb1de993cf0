import { addDays, parseDate } from './internal/calendar-date.js';
import { dayStart } from './internal/day-start.js';
import { resolveWorkdayOptions } from './internal/resolve-workday-options.js';
import { WorkdayInputError } from './workday-input-error.js';
import type { WorkdayOptions } from './workday-options.js';

/** The instants where a working day begins (inclusive) and ends (exclusive). */
export interface WorkdayBounds {
  /** The first instant of the working day. */
  start: Date;
  /** The first instant of the next working day. */
  end: Date;
}

/**
 * Where a working day begins and ends: `dayBorder` local time on its date, to `dayBorder` on
 * the next date. Usually 24 hours; 23 or 25 around a DST change. When a DST change skips the
 * border time, the day starts at the change itself (the first instant past the border).
 *
 * @throws {@link WorkdayInputError} for a malformed or impossible `workday`, unknown time zone or
 * malformed `dayBorder`.
 * @example
 * workdayBounds('2024-02-07', { dayBorder: '05:00' })
 * // → { start: 2024-02-06T20:00:00.000Z, end: 2024-02-07T20:00:00.000Z }
 */
export function workdayBounds(workday: string, options: WorkdayOptions = {}): WorkdayBounds {
  const { timeZone, borderMinutes } = resolveWorkdayOptions(options);
  const date = parseDate(workday);
  if (!date) {
    throw new WorkdayInputError(
      'invalid-workday',
      'workday',
      workday,
      `workday: "${workday}" is not a date YYYY-MM-DD.`,
    );
  }
  return {
    start: new Date(dayStart(date, borderMinutes, timeZone)),
    end: new Date(dayStart(addDays(date, 1), borderMinutes, timeZone)),
  };
}
