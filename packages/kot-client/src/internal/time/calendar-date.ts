import { DAY_MS, TOKYO_OFFSET_MS } from './tokyo-offset.js';

/** Days since 1970-01-01 of a `YYYY-MM-DD` calendar date (no time zone involved). */
export function dateToDayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The `YYYY-MM-DD` calendar date of a day number from {@link dateToDayNumber}. */
export function dayNumberToDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Whether `YYYY-MM-DD` names a real calendar day (rejects 2024-02-30). */
export function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  return dayNumberToDate(dateToDayNumber(date)) === date;
}

/** The instant 00:00:00 Japan time on a `YYYY-MM-DD` date, in epoch milliseconds. */
export function tokyoMidnight(date: string): number {
  return dateToDayNumber(date) * DAY_MS - TOKYO_OFFSET_MS;
}
