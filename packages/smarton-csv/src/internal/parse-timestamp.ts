/**
 * A hand-rolled, allocation-free timestamp reader. Log files carry one timestamp per row and
 * a million rows per file, so this reads digits with `charCodeAt` instead of a regular
 * expression per row. Every layout the package accepts goes through here; the returned flags
 * say which shape was seen (for `inspect`) and `0` means "not a timestamp".
 */

import type { LocalDateTime } from '@pclogin/core';

/**
 * The wall-clock parts of the last timestamp read (core's `LocalDateTime`), and the offset the
 * text carried; one instance is reused per parser.
 */
export interface TimestampParts extends LocalDateTime {
  /** Minutes east of UTC when the text carried an offset (`Z`, `+09:00`), else `NaN`. */
  offsetMinutes: number;
}

export const HAS_DATE = 1;
export const HAS_TIME = 2;
export const HAS_SECONDS = 4;
export const HAS_FRACTION = 8;
export const HAS_OFFSET = 16;
export const T_SEPARATOR = 32;
export const COMPACT = 64;
export const DASH = 128;
export const DOT = 256;
export const DATE_UNPADDED = 512;
export const HOUR_UNPADDED = 1024;
export const ZULU = 2048;
export const OFFSET_NO_COLON = 4096;

/** A fresh parts object. */
export function createTimestampParts(): TimestampParts {
  return {
    year: 0,
    month: 0,
    day: 0,
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
    offsetMinutes: Number.NaN,
  };
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function validDate(p: TimestampParts): boolean {
  return (
    p.year >= 1000 && p.month >= 1 && p.month <= 12 && p.day >= 1 && p.day <= daysInMonth(p.year, p.month)
  );
}

function validTime(p: TimestampParts): boolean {
  return p.hour <= 23 && p.minute <= 59 && p.second <= 59;
}

/** Reads `count` digits at `i` as a number (the caller checked they are digits). */
function digits(s: string, i: number, count: number): number {
  let n = 0;
  for (let k = 0; k < count; k++) n = n * 10 + digit(s, i + k);
  return n;
}

/**
 * Reads a time of day `H:mm[:ss][.fff][offset]` from `i` to `end` into `p`. Returns the
 * flags it saw, or 0.
 */
function readTime(s: string, i: number, end: number, p: TimestampParts, withOffset: boolean): number {
  let flags = HAS_TIME;
  let j = i;
  while (j < end && isDigit(s.charCodeAt(j))) j++;
  const hourDigits = j - i;
  if (hourDigits < 1 || hourDigits > 2 || s.charCodeAt(j) !== 58) return 0;
  if (hourDigits === 1) flags |= HOUR_UNPADDED;
  p.hour = digits(s, i, hourDigits);
  j++;
  if (j + 2 > end || !isDigit(s.charCodeAt(j)) || !isDigit(s.charCodeAt(j + 1))) return 0;
  p.minute = digits(s, j, 2);
  j += 2;
  p.second = 0;
  p.millisecond = 0;
  p.offsetMinutes = Number.NaN;
  if (j < end && s.charCodeAt(j) === 58) {
    if (j + 3 > end || !isDigit(s.charCodeAt(j + 1)) || !isDigit(s.charCodeAt(j + 2))) return 0;
    p.second = digits(s, j + 1, 2);
    flags |= HAS_SECONDS;
    j += 3;
    const c = s.charCodeAt(j);
    if (j < end && (c === 46 || c === 44)) {
      let k = j + 1;
      let ms = 0;
      let scale = 100;
      while (k < end && isDigit(s.charCodeAt(k))) {
        ms += digit(s, k) * scale;
        scale /= 10;
        k++;
      }
      if (k === j + 1 || k - j - 1 > 9) return 0;
      p.millisecond = Math.floor(ms);
      flags |= HAS_FRACTION;
      j = k;
    }
  }
  if (!validTime(p)) return 0;
  if (j === end) return flags;
  if (!withOffset) return 0;
  // Optional offset, possibly after one space: Z, +09:00, +0900, +09.
  if (s.charCodeAt(j) === 32) j++;
  const c = s.charCodeAt(j);
  if ((c === 90 || c === 122) && j + 1 === end) {
    p.offsetMinutes = 0;
    return flags | HAS_OFFSET | ZULU;
  }
  if (c !== 43 && c !== 45 && c !== 0x2212) return 0;
  const sign = c === 43 ? 1 : -1;
  j++;
  if (j + 2 > end || !isDigit(s.charCodeAt(j)) || !isDigit(s.charCodeAt(j + 1))) return 0;
  const oh = digits(s, j, 2);
  j += 2;
  let om = 0;
  if (j < end) {
    if (s.charCodeAt(j) === 58) j++;
    else flags |= OFFSET_NO_COLON;
    if (j + 2 !== end || !isDigit(s.charCodeAt(j)) || !isDigit(s.charCodeAt(j + 1))) return 0;
    om = digits(s, j, 2);
  } else {
    flags |= OFFSET_NO_COLON;
  }
  if (oh > 23 || om > 59) return 0;
  p.offsetMinutes = sign * (oh * 60 + om);
  return flags | HAS_OFFSET;
}

/**
 * Reads a date, a time of day, or both from `s` (surrounding white space ignored) into `p`.
 *
 * Accepted: `2024/02/07 09:03:12`, `2024/2/7 9:03:12`, `2024-02-07 09:03:12`, `2024.02.07 …`,
 * ISO 8601 (`2024-02-07T09:03:12.345+09:00`, `…Z`), `20240207090312`, `202402070903`; a date
 * alone (`2024/02/07`, `2024-02-07`, `20240207`) and a time alone (`09:03:12`, `9:03`,
 * `09:03:12.5`). Seconds are optional after hours and minutes.
 *
 * @returns the shape flags (see the constants above), or 0 when `s` is none of these or names
 *   an impossible date or time.
 */
export function parseTimestamp(s: string, p: TimestampParts): number {
  let i = 0;
  let end = s.length;
  while (i < end && s.charCodeAt(i) <= 32) i++;
  while (end > i && s.charCodeAt(end - 1) <= 32) end--;
  let j = i;
  while (j < end && isDigit(s.charCodeAt(j))) j++;
  const run = j - i;
  if (run === 0) return 0;
  if (j === end) {
    if (run !== 8 && run !== 12 && run !== 14) return 0;
    p.year = digits(s, i, 4);
    p.month = digits(s, i + 4, 2);
    p.day = digits(s, i + 6, 2);
    if (!validDate(p)) return 0;
    if (run === 8) return HAS_DATE | COMPACT;
    p.hour = digits(s, i + 8, 2);
    p.minute = digits(s, i + 10, 2);
    p.second = run === 14 ? digits(s, i + 12, 2) : 0;
    p.millisecond = 0;
    p.offsetMinutes = Number.NaN;
    if (!validTime(p)) return 0;
    return HAS_DATE | HAS_TIME | COMPACT | (run === 14 ? HAS_SECONDS : 0);
  }
  const sep = s.charCodeAt(j);
  if (sep === 58 && run <= 2) return readTime(s, i, end, p, false);
  if (run !== 4 || (sep !== 47 && sep !== 45 && sep !== 46)) return 0;
  let flags = HAS_DATE | (sep === 45 ? DASH : sep === 46 ? DOT : 0);
  p.year = digits(s, i, 4);
  let k = j + 1;
  let m = k;
  while (m < end && isDigit(s.charCodeAt(m))) m++;
  if (m - k < 1 || m - k > 2 || s.charCodeAt(m) !== sep) return 0;
  if (m - k === 1) flags |= DATE_UNPADDED;
  p.month = digits(s, k, m - k);
  k = m + 1;
  m = k;
  while (m < end && isDigit(s.charCodeAt(m))) m++;
  if (m - k < 1 || m - k > 2) return 0;
  if (m - k === 1) flags |= DATE_UNPADDED;
  p.day = digits(s, k, m - k);
  if (!validDate(p)) return 0;
  if (m === end) return flags;
  const c = s.charCodeAt(m);
  if (c === 84 || c === 116) {
    flags |= T_SEPARATOR;
    m++;
  } else if (c === 32) {
    while (m < end && s.charCodeAt(m) === 32) m++;
  } else {
    return 0;
  }
  const time = readTime(s, m, end, p, true);
  return time === 0 ? 0 : flags | time;
}

/** Whether flags describe a full date and time. */
export const isDateTime = (flags: number) => (flags & (HAS_DATE | HAS_TIME)) === (HAS_DATE | HAS_TIME);
/** Whether flags describe a date without a time. */
export const isDateOnly = (flags: number) => (flags & (HAS_DATE | HAS_TIME)) === HAS_DATE;
/** Whether flags describe a time without a date. */
export const isTimeOnly = (flags: number) => (flags & (HAS_DATE | HAS_TIME)) === HAS_TIME;

/**
 * A readable pattern for the shape flags describe, as `inspect` prints it: `yyyy/MM/dd HH:mm:ss`,
 * `yyyy/M/d H:mm:ss`, `yyyy-MM-ddTHH:mm:ss.SSSXXX`, `yyyyMMddHHmmss`, `HH:mm`, …
 */
export function describeTimestampFlags(flags: number): string {
  if (flags & COMPACT) {
    if (!(flags & HAS_TIME)) return 'yyyyMMdd';
    return flags & HAS_SECONDS ? 'yyyyMMddHHmmss' : 'yyyyMMddHHmm';
  }
  let out = '';
  if (flags & HAS_DATE) {
    const sep = flags & DASH ? '-' : flags & DOT ? '.' : '/';
    out = flags & DATE_UNPADDED ? `yyyy${sep}M${sep}d` : `yyyy${sep}MM${sep}dd`;
  }
  if (flags & HAS_TIME) {
    if (out) out += flags & T_SEPARATOR ? 'T' : ' ';
    out += flags & HOUR_UNPADDED ? 'H:mm' : 'HH:mm';
    if (flags & HAS_SECONDS) out += ':ss';
    if (flags & HAS_FRACTION) out += '.SSS';
    if (flags & ZULU) out += 'Z';
    else if (flags & HAS_OFFSET) out += flags & OFFSET_NO_COLON ? 'xx' : 'xxx';
  }
  return out;
}
