import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { KotInputError } from '../errors/input-error.js';
import { isRestricted } from './is-restricted.js';
import { nextAllowedAt } from './next-allowed-at.js';

const jst = (time: string) => new Date(`2024-02-07T${time}+09:00`);

describe('isRestricted', () => {
  test.each([
    ['08:29:59', false],
    ['08:30:00', true],
    ['09:59:59', true],
    ['10:00:00', false],
    ['17:29:59', false],
    ['17:30:00', true],
    ['18:29:59', true],
    ['18:30:00', false],
    ['03:00:00', false],
  ])('%s JST → %s', (time, expected) => {
    expect(isRestricted(jst(time))).toBe(expected);
  });

  test('uses Japan time, not the machine’s zone or UTC', () => {
    // 00:00 UTC is 09:00 in Tokyo.
    expect(isRestricted(new Date('2024-02-07T00:00:00Z'))).toBe(true);
    expect(isRestricted(Date.parse('2024-02-07T00:00:00Z'))).toBe(true);
  });

  test('custom windows, including one over midnight', () => {
    const night = [{ start: '23:00', end: '01:00' }];
    expect(isRestricted(jst('23:30:00'), night)).toBe(true);
    expect(isRestricted(jst('00:30:00'), night)).toBe(true);
    expect(isRestricted(jst('01:00:00'), night)).toBe(false);
    expect(isRestricted(jst('09:00:00'), [])).toBe(false);
  });

  test('a malformed window is a KotInputError', () => {
    expect(() => isRestricted(jst('09:00:00'), [{ start: '8:30', end: '10:00' }])).toThrow(KotInputError);
    expect(() => isRestricted(jst('09:00:00'), [{ start: '10:00', end: '10:00' }])).toThrow(/equal/);
  });
});

describe('nextAllowedAt', () => {
  test('inside a window: its end; outside: now', () => {
    expect(nextAllowedAt(jst('09:00:00')).toISOString()).toBe(jst('10:00:00').toISOString());
    expect(nextAllowedAt(jst('18:00:00')).toISOString()).toBe(jst('18:30:00').toISOString());
    expect(nextAllowedAt(jst('11:00:00')).toISOString()).toBe(jst('11:00:00').toISOString());
  });

  test('adjacent windows are crossed together; a window over midnight ends the next day', () => {
    const windows = [
      { start: '08:00', end: '09:00' },
      { start: '09:00', end: '09:30' },
    ];
    expect(nextAllowedAt(jst('08:10:00'), windows).toISOString()).toBe(jst('09:30:00').toISOString());
    expect(nextAllowedAt(jst('23:30:00'), [{ start: '23:00', end: '01:00' }]).toISOString()).toBe(
      new Date('2024-02-08T01:00:00+09:00').toISOString(),
    );
  });

  test('windows covering the whole day are refused', () => {
    expect(() =>
      nextAllowedAt(jst('09:00:00'), [
        { start: '00:00', end: '12:00' },
        { start: '12:00', end: '00:00' },
      ]),
    ).toThrow(RangeError);
  });

  test('the answer is never restricted, never earlier, and at most 90 minutes later (default windows)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), (ms) => {
        const next = nextAllowedAt(ms).getTime();
        expect(isRestricted(next)).toBe(false);
        expect(next).toBeGreaterThanOrEqual(ms);
        expect(next - ms).toBeLessThanOrEqual(90 * 60_000);
        if (!isRestricted(ms)) expect(next).toBe(ms);
      }),
    );
  });
});
