/**
 * Calendar arithmetic on `YYYY-MM-DD` strings and Japan time (Asia/Tokyo is UTC+09:00 all
 * year, with no daylight saving, so a fixed offset is exact and needs no time-zone library).
 */

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** True when `value` is a real calendar date written `YYYY-MM-DD` (so `2024-02-30` is not). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True when `value` is a month written `YYYY-MM`. */
export function isCalendarMonth(value: string): boolean {
  const match = MONTH_PATTERN.exec(value);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

function dateToUtcMs(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

function utcMsToDate(ms: number): string {
  const date = new Date(ms);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  return utcMsToDate(dateToUtcMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateToUtcMs(to) - dateToUtcMs(from)) / DAY_MS);
}

/** Every date from `start` to `end`, both included. */
export function eachDate(start: string, end: string): string[] {
  const dates: string[] = [];
  for (let date = start; date <= end; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return new Date(dateToUtcMs(date)).getUTCDay();
}

/** `date` moved by `years` years (29 February falls back to 28 February). */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year + years, month - 1, 1));
  const lastDay = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return utcMsToDate(target.getTime());
}

/** First and last day of a `YYYY-MM` month. */
export function monthBounds(month: string): { start: string; end: string } {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return {
    start: `${month}-01`,
    end: utcMsToDate(Date.UTC(year, monthNumber, 0)),
  };
}

/** The Japan-time calendar date of an instant. */
export function jstDate(instant: Date): string {
  return utcMsToDate(instant.getTime() + JST_OFFSET_MS);
}

/** Minutes since Japan-time midnight of an instant, with fractions for seconds. */
export function jstMinuteOfDay(instant: Date): number {
  const ms = (((instant.getTime() + JST_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
  return ms / 60_000;
}

/** The instant of `date` at Japan wall-clock `time` (`HH:MM` or `HH:MM:SS`). */
export function jstInstant(date: string, time = '00:00'): Date {
  const [hours = 0, minutes = 0, seconds = 0] = time.split(':').map(Number);
  return new Date(dateToUtcMs(date) + ((hours * 60 + minutes) * 60 + seconds) * 1000 - JST_OFFSET_MS);
}

/** An instant as KOT writes punch times: `2024-02-07T09:03:12+09:00`. */
export function formatJstDateTime(instant: Date): string {
  const shifted = new Date(instant.getTime() + JST_OFFSET_MS);
  return (
    `${utcMsToDate(shifted.getTime())}T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}` +
    `:${pad(shifted.getUTCSeconds())}+09:00`
  );
}

/** An instant as KOT writes schedule times, without seconds: `2024-02-07T09:00+09:00`. */
export function formatJstMinute(instant: Date): string {
  return formatJstDateTime(instant).replace(/:\d{2}\+09:00$/, '+09:00');
}

/** Minutes of a `HH:MM` time of day. */
export function minutesOfTime(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}
