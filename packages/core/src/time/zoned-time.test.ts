import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatInstant } from './format-instant.js';
import { instantToZonedTime } from './instant-to-zoned-time.js';
import { zonedTimeToInstant } from './zoned-time-to-instant.js';

const at = (y: number, mo: number, d: number, h: number, mi = 0, s = 0) => ({
  year: y,
  month: mo,
  day: d,
  hour: h,
  minute: mi,
  second: s,
  millisecond: 0,
});

describe('zone conversions', () => {
  test('Japan has no DST: 09:03:12 JST is 00:03:12Z', () => {
    expect(zonedTimeToInstant(at(2024, 2, 7, 9, 3, 12), 'Asia/Tokyo').toISOString()).toBe(
      '2024-02-07T00:03:12.000Z',
    );
    expect(formatInstant(new Date('2024-02-07T00:03:12Z'))).toBe('2024-02-07T09:03:12+09:00');
  });

  test('Europe/Berlin on both sides of the spring change', () => {
    expect(zonedTimeToInstant(at(2024, 3, 31, 1, 30), 'Europe/Berlin').toISOString()).toBe(
      '2024-03-31T00:30:00.000Z',
    );
    expect(zonedTimeToInstant(at(2024, 3, 31, 3, 30), 'Europe/Berlin').toISOString()).toBe(
      '2024-03-31T01:30:00.000Z',
    );
    expect(formatInstant(new Date('2024-03-31T01:30:00Z'), 'Europe/Berlin')).toBe(
      '2024-03-31T03:30:00+02:00',
    );
  });

  test('a repeated autumn hour resolves to the earlier instant', () => {
    expect(zonedTimeToInstant(at(2024, 10, 27, 2, 30), 'Europe/Berlin').toISOString()).toBe(
      '2024-10-27T00:30:00.000Z',
    );
  });

  test('round trip instant → local → instant in several zones', () => {
    const zones = [
      'Asia/Tokyo',
      'Europe/Berlin',
      'America/New_York',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
      'UTC',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const local = instantToZonedTime(ms, zone);
          const back = zonedTimeToInstant(local, zone).getTime();
          // Equal, or (in a repeated hour) the earlier of the two instants showing that time.
          expect(back === ms || (back < ms && ms - back <= 3_600_000)).toBe(true);
        },
      ),
    );
  });
});

test('a time skipped by the spring change moves forward by the gap', () => {
  expect(
    zonedTimeToInstant(
      { year: 2024, month: 3, day: 31, hour: 2, minute: 30, second: 0, millisecond: 0 },
      'Europe/Berlin',
    ).toISOString(),
  ).toBe('2024-03-31T01:30:00.000Z');
});
