import { addDays, formatDate, parseDate } from './internal/calendar-date.js';
import { WorkdayInputError } from './workday-input-error.js';

/**
 * The working day `days` after (negative: before) `workday`, by the calendar.
 *
 * @example
 * addWorkdays('2024-02-29', 1) // → '2024-03-01'
 */
export function addWorkdays(workday: string, days: number): string {
  const date = parseDate(workday);
  if (!date) {
    throw new WorkdayInputError(
      'invalid-workday',
      'workday',
      workday,
      `workday: "${workday}" is not a date YYYY-MM-DD.`,
    );
  }
  return formatDate(addDays(date, days));
}
