import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dateToDayNumber, dayNumberToDate, isCalendarDate, tokyoMidnight } from './calendar-date.js';
import { formatTokyoInstant } from './format-tokyo-instant.js';
import { splitDateRange } from './split-date-range.js';

const instants = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) });

describe('formatTokyoInstant', () => {
  test('examples', () => {
    expect(formatTokyoInstant(new Date('2024-02-07T00:03:12.999Z'))).toBe('2024-02-07T09:03:12+09:00');
    expect(formatTokyoInstant(new Date('2024-02-07T15:00:00Z'))).toBe('2024-02-08T00:00:00+09:00');
    expect(formatTokyoInstant(Date.parse('2023-12-31T23:59:59-05:00'))).toBe('2024-01-01T13:59:59+09:00');
  });

  test('always ISO 8601 with seconds in +09:00, naming the same second', () => {
    fc.assert(
      fc.property(instants, (ms) => {
        const text = formatTokyoInstant(ms);
        expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
        expect(Date.parse(text)).toBe(Math.floor(ms / 1000) * 1000);
      }),
    );
  });
});

describe('calendar dates', () => {
  test('real and unreal dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('2024-2-1')).toBe(false);
  });

  test('day numbers round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), (day) => {
        expect(dateToDayNumber(dayNumberToDate(day))).toBe(day);
      }),
    );
  });

  test('tokyoMidnight is 15:00 UTC the day before', () => {
    expect(new Date(tokyoMidnight('2024-02-07')).toISOString()).toBe('2024-02-06T15:00:00.000Z');
  });
});

describe('splitDateRange', () => {
  test('100 days → 62 + 38', () => {
    expect(splitDateRange('2024-01-01', '2024-04-09', 62)).toEqual([
      { start: '2024-01-01', end: '2024-03-02' },
      { start: '2024-03-03', end: '2024-04-09' },
    ]);
  });

  test('parts are contiguous, in order, at most maxDays long, and cover the range exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 18_000, max: 22_000 }),
        fc.integer({ min: 0, max: 1_200 }),
        fc.integer({ min: 1, max: 90 }),
        (first, length, maxDays) => {
          const start = dayNumberToDate(first);
          const end = dayNumberToDate(first + length);
          const parts = splitDateRange(start, end, maxDays);
          expect(parts[0]?.start).toBe(start);
          expect(parts.at(-1)?.end).toBe(end);
          parts.forEach((part, i) => {
            const days = dateToDayNumber(part.end) - dateToDayNumber(part.start) + 1;
            expect(days).toBeGreaterThan(0);
            expect(days).toBeLessThanOrEqual(maxDays);
            if (i > 0) expect(dateToDayNumber(part.start)).toBe(dateToDayNumber(parts[i - 1]!.end) + 1);
          });
          expect(parts).toHaveLength(Math.ceil((length + 1) / maxDays));
        },
      ),
    );
  });
});
