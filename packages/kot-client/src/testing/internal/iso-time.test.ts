import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJstDateTime } from './calendar.js';
import { parseIsoTime } from './iso-time.js';

const instant = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2099-12-31T23:59:59Z'),
  noInvalidDate: true,
});
const toSecond = (date: Date) => new Date(Math.floor(date.getTime() / 1000) * 1000);

describe('parseIsoTime', () => {
  it('reads back every instant written as KOT writes it', () => {
    fc.assert(
      fc.property(instant, (date) => {
        const parsed = parseIsoTime(formatJstDateTime(date));
        expect(parsed?.offset).toBe('+09:00');
        expect(parsed?.instant).toEqual(toSecond(date));
      }),
    );
  });

  it('agrees with Date.parse on any offset', () => {
    const offset = fc
      .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 30, 45))
      .map(
        ([sign, hours, minutes]) =>
          `${sign}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(instant, offset, (date, zone) => {
        const text = `${date.toISOString().slice(0, 19)}${zone}`;
        expect(parseIsoTime(text)?.instant.getTime()).toBe(Date.parse(text));
      }),
    );
  });

  it('refuses text without seconds or offset, and out-of-range fields', () => {
    for (const text of [
      '2024-02-07T09:03+09:00',
      '2024-02-07T09:03:00',
      '2024-02-07 09:03:00+09:00',
      '2024-02-07T24:00:00+09:00',
      '2024-02-07T09:60:00+09:00',
      '2024-02-30T09:00:00+09:00',
      '2023-02-29T09:00:00+09:00',
      '2024-02-07T09:03:00+0900',
      '',
    ]) {
      expect(parseIsoTime(text), text).toBeNull();
    }
    // KOT keeps punches to the second: a fraction is dropped, never rounded up to the next second.
    expect(parseIsoTime('2024-02-29T09:00:59.999+09:00')?.instant).toEqual(new Date('2024-02-29T00:00:59Z'));
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseIsoTime(text);
        if (parsed) expect(Number.isNaN(parsed.instant.getTime())).toBe(false);
      }),
    );
  });
});
