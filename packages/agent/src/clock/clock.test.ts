import { expect, test } from 'vitest';
import { UsageError } from '../errors/usage-error.js';
import { resolveClock, systemClock } from './clock.js';

test('--now wins over PCLOGIN_NOW, and the clock stands still', () => {
  const clock = resolveClock('2024-02-10T12:00:00+09:00', { PCLOGIN_NOW: '2020-01-01T00:00:00Z' });
  expect(clock().toISOString()).toBe('2024-02-10T03:00:00.000Z');
  expect(clock().getTime()).toBe(clock().getTime());
  expect(resolveClock(undefined, { PCLOGIN_NOW: '2020-01-01T00:00:00Z' })().toISOString()).toBe(
    '2020-01-01T00:00:00.000Z',
  );
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
