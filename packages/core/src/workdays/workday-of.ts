import { instantToZonedTime } from '../time/instant-to-zoned-time.js';
import { addDays, formatDate } from './internal/calendar-date.js';
import { dayStart } from './internal/day-start.js';
import { resolveWorkdayOptions } from './internal/resolve-workday-options.js';
import type { WorkdayOptions } from './workday-options.js';

/**
 * The working day (勤務日) an instant belongs to, `YYYY-MM-DD`: the date whose day-change
 * time (`dayBorder`, local time in `timeZone`) is the latest one at or before the instant.
 * This is KOT's `date` for a punch at that instant.
 *
 * Correct across DST changes: a working day starts at the first instant whose local clock
 * shows its date at `dayBorder` or later (see {@link workdayBounds}), so each instant belongs
 * to exactly one working day, and later instants never belong to earlier days.
 *
 * @throws {@link WorkdayInputError} for an unknown time zone or a malformed `dayBorder`.
 * @example
 * workdayOf(new Date('2024-02-07T17:30:00Z'), { dayBorder: '05:00' }) // 02:30 JST on the 8th → '2024-02-07'
 * workdayOf(new Date('2024-02-07T20:00:00Z'), { dayBorder: '05:00' }) // 05:00 JST on the 8th → '2024-02-08'
 */
export function workdayOf(instant: Date | number, options: WorkdayOptions = {}): string {
  const { timeZone, borderMinutes } = resolveWorkdayOptions(options);
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const local = instantToZonedTime(ms, timeZone);
  // The local clock gives the answer except near a DST change at the border; the day starts
  // decide there.
  let date = { year: local.year, month: local.month, day: local.day };
  if (local.hour * 60 + local.minute < borderMinutes) date = addDays(date, -1);
  // Where a DST change repeats the border time, instants after the change show a clock before
  // the border yet belong to the day that began at its first occurrence. The guess is never
  // too late (a skipped border starts the day at the change), but checking both ends keeps
  // that an assertion rather than an assumption.
  while (ms < dayStart(date, borderMinutes, timeZone)) date = addDays(date, -1);
  while (ms >= dayStart(addDays(date, 1), borderMinutes, timeZone)) date = addDays(date, 1);
  return formatDate(date);
}
