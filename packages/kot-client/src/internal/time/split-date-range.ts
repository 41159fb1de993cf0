import { dateToDayNumber, dayNumberToDate } from './calendar-date.js';

/**
 * Splits the inclusive range `start`…`end` (`YYYY-MM-DD`) into consecutive inclusive ranges of
 * at most `maxDays` days each, in order. `start` must not be after `end`.
 */
export function splitDateRange(
  start: string,
  end: string,
  maxDays: number,
): Array<{ start: string; end: string }> {
  const first = dateToDayNumber(start);
  const last = dateToDayNumber(end);
  const chunks: Array<{ start: string; end: string }> = [];
  for (let from = first; from <= last; from += maxDays) {
    chunks.push({ start: dayNumberToDate(from), end: dayNumberToDate(Math.min(from + maxDays - 1, last)) });
  }
  return chunks;
}
