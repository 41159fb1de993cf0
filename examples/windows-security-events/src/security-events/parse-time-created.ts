import type { LocalDateTime } from '@pclogin/core';
import { zonedTimeToInstant } from '@pclogin/core';

/**
 * The order of day, month and year in a `TimeCreated` whose year comes last. `auto` reads
 * a year-last date as month/day/year when the time has an AM/PM marker (en-US:
 * `2/7/2024 9:03:12 AM`) and as day/month/year otherwise (en-GB `07/02/2024 09:03:12`,
 * de-DE `07.02.2024 09:03:12`). Year-first dates (`2024/02/07 9:03:12`, ja-JP) are always
 * year/month/day.
 */
export const dateOrders = ['auto', 'mdy', 'dmy'] as const;

/** One of {@link dateOrders}. */
export type DateOrder = (typeof dateOrders)[number];

/** How to read a `TimeCreated` value. */
export interface TimeCreatedOptions {
  /** The IANA time zone of the PC that exported the events, for times written without an offset. */
  timeZone: string;
  /** See {@link DateOrder}. */
  dateOrder: DateOrder;
}

// ISO 8601 with an offset, as `$_.TimeCreated.ToString('o')` writes it: 2024-02-07T09:03:12.1234567+09:00
const isoWithOffset =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)$/i;

// A culture's short date and long time: 2/7/2024 9:03:12 AM, 2024/02/07 9:03:12, 07.02.2024 09:03:12,
// 2024-02-07 午前 9:03:12, 2024年2月7日 9:03:12. The meridiem may come before or after the time.
const meridiem = 'AM|PM|A\\.M\\.|P\\.M\\.|午前|午後|오전|오후';
const cultureDateTime = new RegExp(
  `^(\\d{1,4})\\s*[/.\\-年]\\s*(\\d{1,2})\\s*[/.\\-月]\\s*(\\d{1,4})\\s*[日.]?` +
    `(?:\\s+|T)(?:(${meridiem})\\s*)?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?` +
    `(?:\\s*(${meridiem}))?$`,
  'i',
);

const isPm = (marker: string) => /^(?:PM|P\.M\.|午後|오후)$/i.test(marker);

function milliseconds(fraction: string | undefined): number {
  return fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
}

function isRealDate(t: LocalDateTime): boolean {
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.hour > 23 || t.minute > 59 || t.second > 59) return false;
  const probe = new Date(Date.UTC(t.year, t.month - 1, t.day));
  return probe.getUTCDate() === t.day && probe.getUTCMonth() === t.month - 1;
}

/**
 * Reads the `TimeCreated` column of a PowerShell export. `Export-Csv` formats it in the
 * exporting session's culture and without an offset, in the PC's local time; the
 * recommended export writes ISO 8601 with an offset instead, which needs no guessing.
 *
 * Returns `undefined` when the text is not a date and time, names a day that does not
 * exist, or is a year-last date that contradicts `dateOrder` (e.g. `13/02/2024` read as
 * month/day/year): the caller reports it rather than guessing.
 *
 * @example
 * parseTimeCreated('2/7/2024 9:03:12 AM', { timeZone: 'Asia/Tokyo', dateOrder: 'auto' });
 * // → 2024-02-07T00:03:12.000Z
 * parseTimeCreated('2024/02/07 9:03:12', { timeZone: 'Asia/Tokyo', dateOrder: 'auto' });
 * // → 2024-02-07T00:03:12.000Z
 */
export function parseTimeCreated(text: string, options: TimeCreatedOptions): Date | undefined {
  const value = text.trim();
  const iso = isoWithOffset.exec(value);
  if (iso) {
    const [, y, mo, d, h, mi, s, fraction, zone] = iso;
    const local: LocalDateTime = {
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      hour: Number(h),
      minute: Number(mi),
      second: Number(s ?? 0),
      millisecond: milliseconds(fraction),
    };
    if (!isRealDate(local)) return undefined;
    let offsetMinutes = 0;
    if (zone && zone.toUpperCase() !== 'Z') {
      const digits = zone.slice(1).replace(':', '');
      const [hours, minutes] = [Number(digits.slice(0, 2)), Number(digits.slice(2) || 0)];
      if (hours > 14 || minutes > 59) return undefined;
      offsetMinutes = (hours * 60 + minutes) * (zone[0] === '-' ? -1 : 1);
    }
    const utc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
    return new Date(utc + local.millisecond - offsetMinutes * 60_000);
  }

  const match = cultureDateTime.exec(value);
  if (!match) return undefined;
  const [, a = '', b = '', c = '', before, h, mi, s, fraction, after] = match;
  if (before && after) return undefined;
  const marker = before ?? after;
  let year: number;
  let month: number;
  let day: number;
  if (a.length === 4) {
    [year, month, day] = [Number(a), Number(b), Number(c)];
  } else if (c.length === 4) {
    const order = options.dateOrder === 'auto' ? (marker ? 'mdy' : 'dmy') : options.dateOrder;
    year = Number(c);
    [month, day] = order === 'mdy' ? [Number(a), Number(b)] : [Number(b), Number(a)];
  } else {
    return undefined;
  }
  let hour = Number(h);
  if (marker) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (isPm(marker) ? 12 : 0);
  }
  const local: LocalDateTime = {
    year,
    month,
    day,
    hour,
    minute: Number(mi),
    second: Number(s ?? 0),
    millisecond: milliseconds(fraction),
  };
  if (!isRealDate(local)) return undefined;
  return zonedTimeToInstant(local, options.timeZone);
}
