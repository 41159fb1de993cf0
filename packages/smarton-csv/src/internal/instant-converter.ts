import { zonedTimeToInstant } from '@pclogin/core';
import type { TimestampParts } from './parse-timestamp.js';

/**
 * Turns parsed timestamp parts into epoch milliseconds: with the offset the text carried, or
 * as wall-clock time in the configured IANA zone through core's `zonedTimeToInstant`.
 *
 * Log rows come in time order, so consecutive rows usually share a minute. The zone's offset
 * cannot change inside a minute (the IANA database changes offsets on whole minutes, and
 * core resolves a wall-clock time per quarter hour), so the offset core returned for the
 * previous row's minute is reused for the next row in the same minute instead of asking
 * again. The answer is the same; only the repeated look-up is saved.
 */
export class InstantConverter {
  private lastMinute = Number.NaN;
  private lastOffset = 0;

  constructor(private readonly timeZone: string) {}

  /** Epoch milliseconds of `p`. */
  toEpochMs(p: TimestampParts): number {
    const naive = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
    if (!Number.isNaN(p.offsetMinutes)) return naive - p.offsetMinutes * 60_000;
    const minute = Math.floor(naive / 60_000);
    if (minute !== this.lastMinute) {
      const instant = zonedTimeToInstant(
        {
          year: p.year,
          month: p.month,
          day: p.day,
          hour: p.hour,
          minute: p.minute,
          second: p.second,
          millisecond: p.millisecond,
        },
        this.timeZone,
      ).getTime();
      this.lastOffset = naive - instant;
      this.lastMinute = minute;
    }
    return naive - this.lastOffset;
  }
}
