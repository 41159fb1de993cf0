import { splitDateRange } from '../time/split-date-range.js';

/** KING OF TIME's longest `start`…`end` range per request, in days. */
export const KOT_MAX_RANGE_DAYS = 62;

/**
 * Sends a ranged read once per ≤ 62-day part of `start`…`end` (one after the other, so the
 * rate limit holds) and concatenates the per-day results in date order. Without a range it
 * sends once, and KING OF TIME answers for today.
 */
export async function requestInRanges<T>(
  range: { start?: string | undefined; end?: string | undefined },
  send: (range: { start?: string; end?: string }) => Promise<T[]>,
): Promise<T[]> {
  if (range.start === undefined || range.end === undefined) return send({});
  const results: T[] = [];
  for (const part of splitDateRange(range.start, range.end, KOT_MAX_RANGE_DAYS)) {
    results.push(...(await send(part)));
  }
  return results;
}
