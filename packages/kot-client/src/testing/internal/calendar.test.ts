import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  daysBetween,
  eachDate,
  formatJstDateTime,
  isCalendarDate,
  jstDate,
  jstInstant,
  jstMinuteOfDay,
  monthBounds,
} from './calendar.js';
import { workingDayOf } from './working-day.js';

const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('calendar dates', () => {
  it('knows real dates from impossible ones', () => {
    fc.assert(
      fc.property(day, (date) => {
        expect(isCalendarDate(date)).toBe(true);
      }),
    );
    for (const text of ['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '2024-2-1', '20240201']) {
      expect(isCalendarDate(text), text).toBe(false);
    }
    expect(isCalendarDate('2024-02-29')).toBe(true);
  });

  it('adds days and measures the distance consistently', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 400 }), (date, days) => {
        const moved = addDays(date, days);
        expect(isCalendarDate(moved)).toBe(true);
        expect(daysBetween(date, moved)).toBe(days);
      }),
    );
    expect(eachDate('2024-02-28', '2024-03-01')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
  });

  it('moves by years, keeping the day where it exists', () => {
    expect(addYears('2024-02-29', -3)).toBe('2021-02-28');
    expect(addYears('2024-06-10', 1)).toBe('2025-06-10');
    expect(monthBounds('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(monthBounds('2023-12')).toEqual({ start: '2023-12-01', end: '2023-12-31' });
  });
});

describe('Japan time', () => {
  it('round-trips a Japan date and wall-clock time through an instant', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 86_399 }), (date, second) => {
        const time = [Math.floor(second / 3600), Math.floor(second / 60) % 60, second % 60]
          .map((part) => String(part).padStart(2, '0'))
          .join(':');
        const at = jstInstant(date, time);
        expect(jstDate(at)).toBe(date);
        expect(jstMinuteOfDay(at)).toBeCloseTo(second / 60, 6);
        expect(formatJstDateTime(at)).toBe(`${date}T${time}+09:00`);
      }),
    );
  });

  it('puts a punch before the 日付変更時刻 on the previous working day', () => {
    expect(workingDayOf(new Date('2024-02-08T04:59:59+09:00'), '05:00')).toBe('2024-02-07');
    expect(workingDayOf(new Date('2024-02-08T05:00:00+09:00'), '05:00')).toBe('2024-02-08');
    expect(workingDayOf(new Date('2024-02-07T15:30:00Z'), '00:00')).toBe('2024-02-08');
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 23 * 60 + 59 }), (date, border) => {
        const text = `${String(Math.floor(border / 60)).padStart(2, '0')}:${String(border % 60).padStart(2, '0')}`;
        expect(workingDayOf(jstInstant(date, text), text)).toBe(date);
        expect(workingDayOf(new Date(jstInstant(date, text).getTime() - 1000), text)).toBe(addDays(date, -1));
      }),
    );
  });
});
