import type { LocalDateTime } from './local-date-time.js';
import { offsetAt } from './zone-cache.js';

/**
 * The wall-clock time an IANA time zone shows at an instant.
 *
 * @example
 * instantToZonedTime(new Date('2024-02-07T00:03:12Z'), 'Asia/Tokyo').hour // → 9
 */
export function instantToZonedTime(instant: Date | number, timeZone: string): LocalDateTime {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const shifted = new Date(ms + offsetAt(timeZone, ms));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
  };
}

/** The zone's offset from UTC at an instant, in minutes (540 for Asia/Tokyo). */
export function zoneOffsetMinutes(instant: Date | number, timeZone: string): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return offsetAt(timeZone, ms) / 60_000;
}
