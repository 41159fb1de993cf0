import { expect, test } from 'vitest';
import { UsageError } from '../errors/usage-error.js';
import { resolveClock, systemClock } from './clock.js';

test('--now wins over PCLOGIN_NOW; the clock starts there and never runs backwards', () => {
  const clock = resolveClock('2024-02-10T12:00:00+09:00', { PCLOGIN_NOW: '2020-01-01T00:00:00Z' });
  const first = clock().getTime();
  // Within the test's own run time of the start, and monotonic.
  expect(first - Date.parse('2024-02-10T03:00:00.000Z')).toBeGreaterThanOrEqual(0);
  expect(first - Date.parse('2024-02-10T03:00:00.000Z')).toBeLessThan(60_000);
  expect(clock().getTime()).toBeGreaterThanOrEqual(first);
  const env = resolveClock(undefined, { PCLOGIN_NOW: '2020-01-01T00:00:00Z' })().getTime();
  expect(env - Date.parse('2020-01-01T00:00:00Z')).toBeLessThan(60_000);
});

test('without either, the real clock', () => {
  expect(resolveClock(undefined, {})).toBe(systemClock);
});

test.each(['2024-02-10 12:00', '2024-02-10T12:00:00', 'tomorrow', '2024-13-10T12:00:00Z'])(
  'rejects %s: an instant needs a valid date and an offset',
  (value) => {
    expect(() => resolveClock(value, {})).toThrow(UsageError);
    expect(() => resolveClock(undefined, { PCLOGIN_NOW: value })).toThrow(/PCLOGIN_NOW/);
  },
);
