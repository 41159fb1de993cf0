import { isValidTimeZone } from '../../time/is-valid-time-zone.js';
import { WorkdayInputError } from '../workday-input-error.js';
import { DEFAULT_DAY_BORDER, DEFAULT_TIME_ZONE, type WorkdayOptions } from '../workday-options.js';

/** Validated options: the zone and the day border in minutes after local midnight. */
export interface ResolvedWorkdayOptions {
  timeZone: string;
  dayBorder: string;
  borderMinutes: number;
}

const BORDER = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const MAX_CACHED = 1_000;
// Validation is on the hot path (once per event), and the set of option pairs is tiny.
const cache = new Map<string, ResolvedWorkdayOptions>();

/** Validates and normalises {@link WorkdayOptions}, throwing {@link WorkdayInputError} on bad values. */
export function resolveWorkdayOptions(options: WorkdayOptions = {}): ResolvedWorkdayOptions {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const dayBorder = options.dayBorder ?? DEFAULT_DAY_BORDER;
  const key = `${timeZone}|${dayBorder}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (typeof timeZone !== 'string' || !isValidTimeZone(timeZone)) {
    throw new WorkdayInputError(
      'invalid-time-zone',
      'timeZone',
      timeZone,
      `timeZone: "${String(timeZone)}" is not an IANA time zone this runtime knows (e.g. "Asia/Tokyo").`,
    );
  }
  const m = typeof dayBorder === 'string' ? BORDER.exec(dayBorder) : null;
  if (!m) {
    throw new WorkdayInputError(
      'invalid-day-border',
      'dayBorder',
      dayBorder,
      `dayBorder: "${String(dayBorder)}" is not a day-change time (日付変更時刻) HH:MM between 00:00 and 23:59.`,
    );
  }
  const borderMinutes = Number(m[1]) * 60 + Number(m[2]);
  const resolved = {
    timeZone,
    dayBorder: `${String(Math.floor(borderMinutes / 60)).padStart(2, '0')}:${m[2]}`,
    borderMinutes,
  };
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, resolved);
  return resolved;
}
