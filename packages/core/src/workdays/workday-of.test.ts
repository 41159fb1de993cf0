import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { zoneOffsetMinutes } from '../time/instant-to-zoned-time.js';
import { addWorkdays } from './add-workdays.js';
import { workdayBounds } from './workday-bounds.js';
import { WorkdayInputError } from './workday-input-error.js';
import { workdayOf } from './workday-of.js';

const jst = (iso: string) => new Date(`${iso}+09:00`);
const HOUR = 3_600_000;

/** The instants (to the hour) in a year where a zone's UTC offset changes. */
function offsetChanges(timeZone: string, year: number): number[] {
  const changes: number[] = [];
  let previous = zoneOffsetMinutes(Date.UTC(year, 0, 1), timeZone);
  for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += HOUR) {
    const offset = zoneOffsetMinutes(ms, timeZone);
    if (offset !== previous) changes.push(ms);
    previous = offset;
  }
  return changes;
}

describe('workdayOf in Japan', () => {
  test('with the default 00:00 border the working day is the calendar date in Tokyo', () => {
    expect(workdayOf(jst('2024-02-07T00:00:00'))).toBe('2024-02-07');
    expect(workdayOf(jst('2024-02-06T23:59:59'))).toBe('2024-02-06');
    // 2024-02-06T20:00Z is already the 7th in Tokyo although it is the 6th in UTC.
    expect(workdayOf(new Date('2024-02-06T20:00:00Z'))).toBe('2024-02-07');
  });

  test('a 05:00 day border: 02:00 belongs to the previous working day, 05:00 starts the next', () => {
    const opts = { dayBorder: '05:00' };
    expect(workdayOf(jst('2024-02-08T02:00:00'), opts)).toBe('2024-02-07');
    expect(workdayOf(jst('2024-02-08T04:59:59'), opts)).toBe('2024-02-07');
    expect(workdayOf(jst('2024-02-08T05:00:00'), opts)).toBe('2024-02-08');
    expect(workdayOf(jst('2024-03-01T04:00:00'), opts)).toBe('2024-02-29');
    expect(workdayOf(jst('2025-01-01T03:00:00'), opts)).toBe('2024-12-31');
  });

  test('a night shift crossing midnight stays on one working day with a 05:00 border', () => {
    const opts = { dayBorder: '05:00' };
    const shift = [
      '2024-02-07T21:58:00',
      '2024-02-07T23:59:59',
      '2024-02-08T00:00:00',
      '2024-02-08T04:30:00',
    ];
    expect(shift.map((t) => workdayOf(jst(t), opts))).toEqual(Array(4).fill('2024-02-07'));
  });

  test('workdayBounds of a 05:00 day in Tokyo', () => {
    const { start, end } = workdayBounds('2024-02-07', { dayBorder: '05:00' });
    expect(start.toISOString()).toBe('2024-02-06T20:00:00.000Z');
    expect(end.toISOString()).toBe('2024-02-07T20:00:00.000Z');
  });

  test('matches plain arithmetic for Japan (no DST): the date of instant + 9 h − border', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.integer({ min: 0, max: 23 * 60 + 59 }),
        (ms, border) => {
          const dayBorder = `${String(Math.floor(border / 60)).padStart(2, '0')}:${String(border % 60).padStart(2, '0')}`;
          const expected = new Date(ms + 9 * 3_600_000 - border * 60_000).toISOString().slice(0, 10);
          expect(workdayOf(ms, { dayBorder })).toBe(expected);
        },
      ),
    );
  });
});

describe('workdayOf across DST changes', () => {
  test('Europe/Berlin spring change: a 02:30 border that does not exist starts the day at the change', () => {
    const opts = { timeZone: 'Europe/Berlin', dayBorder: '02:30' };
    // 2024-03-31 02:00 CET jumps to 03:00 CEST at 01:00Z.
    const { start, end } = workdayBounds('2024-03-31', opts);
    expect(start.toISOString()).toBe('2024-03-31T01:00:00.000Z');
    expect(end.toISOString()).toBe('2024-04-01T00:30:00.000Z');
    expect(end.getTime() - start.getTime()).toBe(23.5 * 3_600_000);
    expect(workdayOf(new Date('2024-03-31T00:59:59Z'), opts)).toBe('2024-03-30');
    expect(workdayOf(new Date('2024-03-31T01:00:00Z'), opts)).toBe('2024-03-31');
  });

  test('Europe/Berlin autumn change: a repeated 02:30 border starts the day at its first occurrence', () => {
    const opts = { timeZone: 'Europe/Berlin', dayBorder: '02:30' };
    // 2024-10-27 03:00 CEST goes back to 02:00 CET at 01:00Z; 02:30 happens at 00:30Z and 01:30Z.
    const { start, end } = workdayBounds('2024-10-27', opts);
    expect(start.toISOString()).toBe('2024-10-27T00:30:00.000Z');
    expect(end.getTime() - start.getTime()).toBe(25 * 3_600_000);
    // 02:15 CET (01:15Z) shows a clock before the border but comes after the day began.
    expect(workdayOf(new Date('2024-10-27T01:15:00Z'), opts)).toBe('2024-10-27');
    expect(workdayOf(new Date('2024-10-27T00:29:59Z'), opts)).toBe('2024-10-26');
  });

  test('America/New_York: a midnight border on the spring-forward day makes a 23-hour day', () => {
    const { start, end } = workdayBounds('2024-03-10', { timeZone: 'America/New_York' });
    expect(start.toISOString()).toBe('2024-03-10T05:00:00.000Z');
    expect(end.toISOString()).toBe('2024-03-11T04:00:00.000Z');
    expect(workdayOf(new Date('2024-03-11T03:59:59Z'), { timeZone: 'America/New_York' })).toBe('2024-03-10');
  });

  const zones = [
    'Asia/Tokyo',
    'Europe/Berlin',
    'America/New_York',
    'Australia/Lord_Howe',
    'Asia/Kolkata',
    'UTC',
  ];
  const borders = ['00:00', '01:30', '02:00', '02:30', '03:00', '05:00', '23:59'];

  test('every instant lies inside the bounds of its working day, and working days never run backwards', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.integer({ min: 0, max: 3 * 86_400_000 }),
        fc.constantFrom(...zones),
        fc.constantFrom(...borders),
        (ms, delta, timeZone, dayBorder) => {
          const opts = { timeZone, dayBorder };
          const day = workdayOf(ms, opts);
          const { start, end } = workdayBounds(day, opts);
          expect(start.getTime()).toBeLessThanOrEqual(ms);
          expect(ms).toBeLessThan(end.getTime());
          // Consecutive days touch: no gap, no overlap.
          expect(workdayBounds(addWorkdays(day, 1), opts).start.getTime()).toBe(end.getTime());
          expect(workdayOf(ms + delta, opts) >= day).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('instants every 5 minutes around each DST change of 2024 keep the property', () => {
    for (const timeZone of ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe']) {
      expect(offsetChanges(timeZone, 2024)).toHaveLength(2);
      for (const dayBorder of borders) {
        const opts = { timeZone, dayBorder };
        for (const change of offsetChanges(timeZone, 2024)) {
          let previous = '';
          for (let ms = change - 36 * HOUR; ms < change + 36 * HOUR; ms += 5 * 60_000) {
            const day = workdayOf(ms, opts);
            const { start, end } = workdayBounds(day, opts);
            expect(start.getTime() <= ms && ms < end.getTime()).toBe(true);
            expect(day >= previous).toBe(true);
            previous = day;
          }
        }
      }
    }
  });
});

describe('bad input', () => {
  test('an unknown time zone names the option', () => {
    expect(() => workdayOf(0, { timeZone: 'Asia/Tokio' })).toThrow(WorkdayInputError);
    expect(() => workdayOf(0, { timeZone: 'Asia/Tokio' })).toThrow(/timeZone: "Asia\/Tokio"/);
  });

  test('a malformed day border names the option and the expected form', () => {
    for (const dayBorder of ['5', '24:00', '05:60', '0500', '']) {
      try {
        workdayOf(0, { dayBorder });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(WorkdayInputError);
        expect((error as WorkdayInputError).code).toBe('invalid-day-border');
        expect((error as WorkdayInputError).field).toBe('dayBorder');
      }
    }
    expect(workdayOf(Date.UTC(2024, 1, 7, 19, 0), { dayBorder: '5:00' })).toBe('2024-02-07');
  });

  test('an impossible working day is refused', () => {
    expect(() => workdayBounds('2023-02-29')).toThrow(/2023-02-29/);
    expect(() => workdayBounds('2023-2-3')).toThrow(WorkdayInputError);
  });
});
