import type { LocalDateTime } from './local-date-time.js';
import { offsetForWallClock } from './zone-cache.js';

/**
 * The instant at which the clocks of an IANA time zone show a wall-clock time.
 *
 * A time that does not exist (skipped by a DST change) is moved forward by the gap; a time
 * that exists twice (repeated by a DST change) resolves to the earlier instant.
 *
 * @example
 * zonedTimeToInstant({ year: 2024, month: 2, day: 7, hour: 9, minute: 3, second: 12, millisecond: 0 }, 'Asia/Tokyo')
 * // → 2024-02-07T00:03:12.000Z
 */
export function zonedTimeToInstant(local: LocalDateTime, timeZone: string): Date {
  const naive = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second,
    local.millisecond,
  );
  return new Date(naive - offsetForWallClock(timeZone, naive));
}
