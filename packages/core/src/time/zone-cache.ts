import { tzOffset } from '@date-fns/tz';

const DAY = 86_400_000;
const SLOT = 15 * 60_000;
const MAX_ENTRIES = 50_000;

/**
 * Bounded caches of zone offsets. The offsets themselves come from `@date-fns/tz` (which
 * reads the IANA database through `Intl`); the caches only avoid asking twice for the same
 * quarter-hour, which matters when a million log rows are parsed. Offset changes happen on
 * quarter-hour boundaries in every zone of the current database.
 */
class OffsetCache {
  private readonly map = new Map<string, number>();
  get(key: string, compute: () => number): number {
    let value = this.map.get(key);
    if (value === undefined) {
      if (this.map.size >= MAX_ENTRIES) this.map.clear();
      value = compute();
      this.map.set(key, value);
    }
    return value;
  }
}

const utcSlotOffset = new OffsetCache();
const localSlotDelta = new OffsetCache();

/** The zone's offset from UTC in milliseconds at an instant. */
export function offsetAt(timeZone: string, instantMs: number): number {
  const slot = Math.floor(instantMs / SLOT);
  return utcSlotOffset.get(`${timeZone}|${slot}`, () => tzOffset(timeZone, new Date(slot * SLOT)) * 60_000);
}

/**
 * The offset to subtract from a wall-clock time read as if it were UTC (`naiveMs`) to get
 * the instant. Of two instants showing that time (a repeated hour) the earlier wins; a time
 * skipped by a change is read with the offset before the change, which moves it forward by
 * the gap.
 */
export function offsetForWallClock(timeZone: string, naiveMs: number): number {
  const slot = Math.floor(naiveMs / SLOT);
  return localSlotDelta.get(`${timeZone}|${slot}`, () => {
    const start = slot * SLOT;
    const before = offsetAt(timeZone, start - DAY);
    const after = offsetAt(timeZone, start + DAY);
    const valid = [before, after].filter((o) => offsetAt(timeZone, start - o) === o);
    if (valid.length === 0) return before;
    return Math.max(...valid);
  });
}
