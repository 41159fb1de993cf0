import { instantToZonedTime, zoneOffsetMinutes } from '../../time/instant-to-zoned-time.js';
import { zonedTimeToInstant } from '../../time/zoned-time-to-instant.js';
import { type CalendarDate, formatDate } from './calendar-date.js';

const SLOT = 15 * 60_000;
const MAX_SCAN = 24 * 4 + 1;
const MAX_CACHED = 20_000;
const cache = new Map<string, number>();

/**
 * The instant (epoch ms) a working day starts: the first instant at which the zone's clocks
 * show `date` at `borderMinutes` or later.
 *
 * Normally that is the instant showing exactly that time (the earlier one when a DST change
 * repeats it). When a DST change skips the time, the day starts at the change itself — the
 * first instant whose clock is past the border — so that every instant belongs to exactly
 * one working day and working days never run backwards.
 */
export function dayStart(date: CalendarDate, borderMinutes: number, timeZone: string): number {
  const key = `${timeZone}|${borderMinutes}|${formatDate(date)}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const local = {
    ...date,
    hour: Math.floor(borderMinutes / 60),
    minute: borderMinutes % 60,
    second: 0,
    millisecond: 0,
  };
  let start = zonedTimeToInstant(local, timeZone).getTime();
  const shown = instantToZonedTime(start, timeZone);
  const exists =
    shown.year === local.year &&
    shown.month === local.month &&
    shown.day === local.day &&
    shown.hour === local.hour &&
    shown.minute === local.minute;
  if (!exists) {
    // The time was skipped and read with the offset before the change, so `start` lies after
    // the change by less than the gap. Walk back to the change: offsets change only on
    // quarter-hour boundaries in every zone of the current database.
    const after = zoneOffsetMinutes(start, timeZone);
    let boundary = Math.floor(start / SLOT) * SLOT;
    for (let i = 0; i < MAX_SCAN && zoneOffsetMinutes(boundary - 1, timeZone) === after; i++)
      boundary -= SLOT;
    start = boundary;
  }
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, start);
  return start;
}
