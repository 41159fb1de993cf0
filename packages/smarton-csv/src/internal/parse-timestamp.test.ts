import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  createTimestampParts,
  describeTimestampFlags,
  isDateOnly,
  isDateTime,
  isTimeOnly,
  parseTimestamp,
} from './parse-timestamp.js';

function read(s: string) {
  const p = createTimestampParts();
  const flags = parseTimestamp(s, p);
  return { flags, format: flags ? describeTimestampFlags(flags) : null, ...p };
}

describe('parseTimestamp', () => {
  test.each([
    ['2024/02/07 09:03:12', 'yyyy/MM/dd HH:mm:ss', [2024, 2, 7, 9, 3, 12, 0]],
    ['2024/2/7 9:03:12', 'yyyy/M/d H:mm:ss', [2024, 2, 7, 9, 3, 12, 0]],
    ['2024-02-07 09:03:12', 'yyyy-MM-dd HH:mm:ss', [2024, 2, 7, 9, 3, 12, 0]],
    ['2024.02.07 09:03', 'yyyy.MM.dd HH:mm', [2024, 2, 7, 9, 3, 0, 0]],
    ['2024-02-07T09:03:12', 'yyyy-MM-ddTHH:mm:ss', [2024, 2, 7, 9, 3, 12, 0]],
    ['2024-02-07T09:03:12.345', 'yyyy-MM-ddTHH:mm:ss.SSS', [2024, 2, 7, 9, 3, 12, 345]],
    ['20240207090312', 'yyyyMMddHHmmss', [2024, 2, 7, 9, 3, 12, 0]],
    ['202402070903', 'yyyyMMddHHmm', [2024, 2, 7, 9, 3, 0, 0]],
    ['  2024/02/07   09:03:12 ', 'yyyy/MM/dd HH:mm:ss', [2024, 2, 7, 9, 3, 12, 0]],
  ])('%s is %s', (text, format, [year, month, day, hour, minute, second, millisecond]) => {
    const r = read(text);
    expect(isDateTime(r.flags)).toBe(true);
    expect(r.format).toBe(format);
    expect([r.year, r.month, r.day, r.hour, r.minute, r.second, r.millisecond]).toEqual([
      year,
      month,
      day,
      hour,
      minute,
      second,
      millisecond,
    ]);
    expect(r.offsetMinutes).toBeNaN();
  });

  test.each([
    ['2024-02-07T09:03:12+09:00', 540, 'yyyy-MM-ddTHH:mm:ssxxx'],
    ['2024-02-07T09:03:12.5-0330', -210, 'yyyy-MM-ddTHH:mm:ss.SSSxx'],
    ['2024-02-07T00:03:12Z', 0, 'yyyy-MM-ddTHH:mm:ssZ'],
    ['2024-02-07 09:03:12 +09', 540, 'yyyy-MM-dd HH:mm:ssxx'],
  ])('%s carries offset %i', (text, offset, format) => {
    const r = read(text);
    expect(r.offsetMinutes).toBe(offset);
    expect(r.format).toBe(format);
  });

  test.each([
    ['2024/02/07', 'yyyy/MM/dd'],
    ['2024-02-07', 'yyyy-MM-dd'],
    ['20240207', 'yyyyMMdd'],
  ])('date alone %s', (text, format) => {
    const r = read(text);
    expect(isDateOnly(r.flags)).toBe(true);
    expect(r.format).toBe(format);
    expect([r.year, r.month, r.day]).toEqual([2024, 2, 7]);
  });

  test.each([
    ['09:03:12', 'HH:mm:ss', [9, 3, 12]],
    ['09:03', 'HH:mm', [9, 3, 0]],
    ['9:03', 'H:mm', [9, 3, 0]],
  ])('time alone %s', (text, format, [hour, minute, second]) => {
    const r = read(text);
    expect(isTimeOnly(r.flags)).toBe(true);
    expect(r.format).toBe(format);
    expect([r.hour, r.minute, r.second]).toEqual([hour, minute, second]);
  });

  test.each([
    '',
    'ログオン',
    '2024/13/07 09:03:12',
    '2023/02/29 09:03:12',
    '2024/02/30',
    '2024/02/07 24:00:00',
    '2024/02/07 09:60:00',
    '2024/02/07 09:03:61',
    '2024/02/07 9',
    '2024/02-07 09:03',
    '2024-02-07X09:03:12',
    '2024-02-07T09:03:12+25:00',
    '2024020709',
    '1000',
    '09:3',
    '10.0.0.1',
    '2024/02/07 09:03:12 JST',
  ])('rejects %j', (text) => {
    expect(read(text).flags).toBe(0);
  });

  test('a leap day is a date', () => {
    expect(isDateOnly(read('2024/02/29').flags)).toBe(true);
    expect(read('2100/02/29').flags).toBe(0);
  });

  test('every real date and time survives each written form', () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2099-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 5 }),
        (d, form) => {
          const [y, mo, da, h, mi, s] = [
            d.getUTCFullYear(),
            d.getUTCMonth() + 1,
            d.getUTCDate(),
            d.getUTCHours(),
            d.getUTCMinutes(),
            d.getUTCSeconds(),
          ];
          const text = [
            `${y}/${pad(mo)}/${pad(da)} ${pad(h)}:${pad(mi)}:${pad(s)}`,
            `${y}/${mo}/${da} ${h}:${pad(mi)}:${pad(s)}`,
            `${y}-${pad(mo)}-${pad(da)} ${pad(h)}:${pad(mi)}:${pad(s)}`,
            `${y}-${pad(mo)}-${pad(da)}T${pad(h)}:${pad(mi)}:${pad(s)}Z`,
            `${y}${pad(mo)}${pad(da)}${pad(h)}${pad(mi)}${pad(s)}`,
            `${y}/${pad(mo)}/${pad(da)} ${pad(h)}:${pad(mi)}:${pad(s)}.${pad(d.getUTCMilliseconds(), 3)}`,
          ][form] as string;
          const r = read(text);
          expect(isDateTime(r.flags)).toBe(true);
          const ms = form === 5 ? d.getUTCMilliseconds() : 0;
          expect(Date.UTC(r.year, r.month - 1, r.day, r.hour, r.minute, r.second, r.millisecond)).toBe(
            Date.UTC(y, mo - 1, da, h, mi, s, ms),
          );
        },
      ),
    );
  });
});
