import { KotInputError } from '../../errors/input-error.js';
import type { KotRestrictedWindow } from '../../restricted-hours/restricted-window.js';
import { DAY_MS, TOKYO_OFFSET_MS } from './tokyo-offset.js';

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function parseTime(value: unknown, path: string, operation: string): number {
  const match = typeof value === 'string' ? HH_MM.exec(value) : null;
  if (!match) {
    throw new KotInputError({
      operation,
      issues: [{ path, message: `expected a time "HH:MM" (00:00–23:59), got ${JSON.stringify(value)}` }],
    });
  }
  return (Number(match[1]) * 60 + Number(match[2])) * 60_000;
}

/** The restricted window containing the instant `t`, with the instant it ends; `undefined` if none. */
export function findRestrictedWindow(
  t: number,
  windows: readonly KotRestrictedWindow[],
  operation: string,
): { window: KotRestrictedWindow; endsAt: number } | undefined {
  const msOfDay = (((t + TOKYO_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
  const dayStart = t - msOfDay;
  for (const [i, window] of windows.entries()) {
    const start = parseTime(window.start, `windows[${i}].start`, operation);
    const end = parseTime(window.end, `windows[${i}].end`, operation);
    if (start === end) {
      throw new KotInputError({
        operation,
        issues: [{ path: `windows[${i}]`, message: 'start and end are equal' }],
      });
    }
    if (start < end) {
      if (msOfDay >= start && msOfDay < end) return { window, endsAt: dayStart + end };
    } else if (msOfDay >= start) {
      return { window, endsAt: dayStart + DAY_MS + end };
    } else if (msOfDay < end) {
      return { window, endsAt: dayStart + end };
    }
  }
  return undefined;
}
