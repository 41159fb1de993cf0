import { formatInstant } from '@pclogin/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Culture, cultureDateTime, roundTripDateTime } from '../../test/support/powershell-export.js';
import { parseTimeCreated, type TimeCreatedOptions } from './parse-time-created.js';

const tokyo: TimeCreatedOptions = { timeZone: 'Asia/Tokyo', dateOrder: 'auto' };
const iso = (text: string, options = tokyo) => parseTimeCreated(text, options)?.toISOString();

describe('parseTimeCreated', () => {
  it.each([
    ['2/7/2024 9:03:12 AM', '2024-02-07T00:03:12.000Z'], // en-US
    ['2/7/2024 12:03:12 AM', '2024-02-06T15:03:12.000Z'], // 12 AM is midnight
    ['2/7/2024 12:03:12 PM', '2024-02-07T03:03:12.000Z'], // 12 PM is noon
    ['2/7/2024 6:22:04 PM', '2024-02-07T09:22:04.000Z'],
    ['2024/02/07 9:03:12', '2024-02-07T00:03:12.000Z'], // ja-JP
    ['2024/2/7 18:22:04', '2024-02-07T09:22:04.000Z'], // zh-CN
    ['2024-02-07 午後 6:22:04', '2024-02-07T09:22:04.000Z'], // ja-JP with a 12-hour clock
    ['2024-02-07 오전 9:03:12', '2024-02-07T00:03:12.000Z'], // ko-KR
    ['2024年2月7日 9:03:12', '2024-02-07T00:03:12.000Z'],
    ['07/02/2024 09:03:12', '2024-02-07T00:03:12.000Z'], // en-GB
    ['07.02.2024 18:22:04', '2024-02-07T09:22:04.000Z'], // de-DE
    ['2024-02-07T09:03:12', '2024-02-07T00:03:12.000Z'],
    ['2024-02-07T09:03:12.1234567+09:00', '2024-02-07T00:03:12.123Z'], // .ToString('o')
    ['2024-02-07T00:03:12Z', '2024-02-07T00:03:12.000Z'],
    ['2024-02-06T19:03:12-05:00', '2024-02-07T00:03:12.000Z'],
    [' 2024/02/07 9:03:12 ', '2024-02-07T00:03:12.000Z'],
  ])('reads %j', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('uses the configured order for year-last dates and the configured zone for local times', () => {
    expect(iso('2/7/2024 09:03:12', { timeZone: 'Asia/Tokyo', dateOrder: 'mdy' })).toBe(
      '2024-02-07T00:03:12.000Z',
    );
    expect(iso('2/7/2024 09:03:12', { timeZone: 'Asia/Tokyo', dateOrder: 'dmy' })).toBe(
      '2024-07-02T00:03:12.000Z',
    );
    expect(iso('2024/02/07 9:03:12', { timeZone: 'Europe/Berlin', dateOrder: 'auto' })).toBe(
      '2024-02-07T08:03:12.000Z',
    );
  });

  it.each([
    '',
    'yesterday',
    '2/30/2024 9:03:12 AM', // no 30 February
    '13/02/2024 9:03:12 AM', // month 13 when read as month/day/year
    '2/7/2024 13:03:12 PM', // 13 o'clock with a meridiem
    '2/7/2024 0:03:12 AM',
    '2024/02/07 24:00:00',
    '2/7/24 9:03:12 AM', // two-digit year: ambiguous
    'AM 2/7/2024 9:03:12 PM',
    '2024-02-07T09:03:12+25:00',
    '2024-02-07T09:03:12+09:00x',
  ])('refuses %j rather than guessing', (text) => {
    expect(parseTimeCreated(text, tokyo)).toBeUndefined();
  });

  const instants = fc.date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  });
  const cultures = fc.constantFrom<Culture>('en-US', 'ja-JP', 'en-GB', 'de-DE');

  it('reads back every culture format PowerShell writes, to the second (property)', () => {
    fc.assert(
      fc.property(instants, cultures, (at, culture) => {
        const text = cultureDateTime(at, culture, 'Asia/Tokyo');
        expect(parseTimeCreated(text, tokyo)?.getTime()).toBe(Math.floor(at.getTime() / 1000) * 1000);
      }),
    );
  });

  it('reads back local times in a DST zone as the same wall-clock time (property)', () => {
    const newYork: TimeCreatedOptions = { timeZone: 'America/New_York', dateOrder: 'auto' };
    fc.assert(
      fc.property(instants, cultures, (at, culture) => {
        // A repeated hour at the end of DST cannot be told apart without an offset: compare wall clocks.
        const text = cultureDateTime(at, culture, 'America/New_York');
        const parsed = parseTimeCreated(text, newYork);
        expect(parsed && formatInstant(parsed, 'America/New_York').slice(0, 19)).toBe(
          formatInstant(at, 'America/New_York').slice(0, 19),
        );
      }),
    );
  });

  it('reads ISO 8601 with an offset exactly, whatever the configured zone (property)', () => {
    fc.assert(
      fc.property(
        instants,
        fc.constantFrom('Asia/Tokyo', 'America/New_York', 'Asia/Kolkata', 'UTC'),
        (at, zone) => {
          const text = roundTripDateTime(at, zone);
          expect(parseTimeCreated(text, tokyo)?.getTime()).toBe(at.getTime());
        },
      ),
    );
  });
});
