import { parseDate } from './internal/calendar-date.js';

/** Whether a string is a real calendar date `YYYY-MM-DD` (a working day's name). */
export function isWorkday(text: string): boolean {
  return parseDate(text) !== undefined;
}
