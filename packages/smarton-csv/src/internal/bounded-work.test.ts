// Hostile files cost work in proportion to their size: the parser's own count of the units it
// looked at (re-reads of held-back ends and of the layout sample included) stays within a fixed
// multiple of the bytes pushed, at every size. Timing goes to the bench suite, not here.
import { describe, expect, test } from 'vitest';
import { resolveSmartonCsvOptions } from '../options/smarton-csv-options.js';
import { RecordParser } from './record-parser.js';

const CHUNK = 64 * 1024;
const MiB = 1024 * 1024;
const HEADER = '日時,SmartOnアカウント,Windowsアカウント,コンピュータ名,IPアドレス,イベント\r\n';
const row = (minute: number) =>
  `2024/02/07 09:${String(minute).padStart(2, '0')}:00,taro,utaro,PC-1,10.0.0.1,ログオン\r\n`;

/** Pushes `bytes` in the reader's chunk size; `final` as a file read to its quiet end. */
function parse(bytes: Buffer, final: boolean) {
  const parser = new RecordParser({
    file: 'hostile.csv',
    options: resolveSmartonCsvOptions({ timeZone: 'Asia/Tokyo' }),
  });
  for (let at = 0; at < bytes.length; at += CHUNK) parser.push(bytes.subarray(at, at + CHUNK));
  parser.finish(final);
  return { parser, ...parser.drain() };
}

const hostile: [string, (size: number) => Buffer][] = [
  // A quoted value that closes, then runs on without a line end.
  ['quotes closed, no line end', (size) => Buffer.from(`${HEADER}${row(1)}"a",${'x'.repeat(size)}`)],
  // A quote that never closes and no line end.
  ['quote never closed, no line end', (size) => Buffer.from(`${HEADER}${row(1)}"${'x'.repeat(size)}`)],
  // A plain line without a line end.
  ['plain, no line end', (size) => Buffer.from(`${HEADER}${row(1)}${'x'.repeat(size)}`)],
  // Blank lines only: the layout can never be decided.
  ['blank lines only', (size) => Buffer.from('\r\n'.repeat(size / 2))],
  // Blank lines after the header, then one row: layout detection walks all of them.
  ['blank lines, then a row', (size) => Buffer.from(`${HEADER}${'\r\n'.repeat(size / 2)}${row(1)}`)],
  // A quoted value with line feeds inside that never closes.
  [
    'open quote over many lines',
    (size) => Buffer.from(`${HEADER}${row(1)}"${`${'y'.repeat(99)}\n`.repeat(size / 100)}`),
  ],
];

describe.each(hostile)('%s', (_, make) => {
  test.each([false, true])('work stays a fixed multiple of the size (final: %s)', (final) => {
    const ratios = [1, 2, 4, 8].map((mib) => {
      const bytes = make(mib * MiB);
      const { parser } = parse(bytes, final);
      return parser.work / bytes.length;
    });
    for (const ratio of ratios) expect(ratio).toBeLessThan(24);
    // Linear, not merely bounded at small sizes: the ratio does not grow with the size.
    expect(ratios[3]!).toBeLessThan(ratios[0]! * 1.5 + 1);
  });
});

describe('the record limit', () => {
  test('applies to a quoted value followed by text without a line end, and reading goes on after it', () => {
    const bytes = Buffer.from(`${HEADER}${row(1)}"a",${'x'.repeat(2 * MiB)}\r\n${row(2)}`);
    const { events, issues } = parse(bytes, false);
    expect(issues.map((i) => [i.code, i.line])).toEqual([['record-too-long', 3]]);
    expect(events.map((e) => e.source?.line)).toEqual([2, 4]);
  });

  test('counts each line once, however many records over the limit come before it', () => {
    const long = `${'z'.repeat(1.5 * MiB)}\r\n`;
    const bytes = Buffer.from(`${HEADER}${long}${row(1)}${long}${long}${row(2)}`);
    const { parser, events, issues } = parse(bytes, false);
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['record-too-long', 2],
      ['record-too-long', 4],
      ['record-too-long', 5],
    ]);
    expect(events.map((e) => e.source?.line)).toEqual([3, 6]);
    expect(parser.consumedLines).toBe(6);
  });
});

describe('the record limit, for a whole record', () => {
  test('holds however the file is cut into chunks: a complete line over the limit is reported, not read', () => {
    const bytes = Buffer.from(
      `${HEADER}${row(1)}${'z'.repeat(1.2 * MiB)}\r\n"q",${'w'.repeat(1.2 * MiB)}\r\n${row(2)}`,
    );
    const whole = new RecordParser({
      file: 'f.csv',
      options: resolveSmartonCsvOptions({ timeZone: 'Asia/Tokyo' }),
    });
    whole.push(bytes); // one piece, as parseLogBytes pushes it
    whole.finish(true);
    const one = whole.drain();
    const chunked = parse(bytes, true);
    for (const { events, issues } of [one, chunked]) {
      expect(issues.map((i) => [i.code, i.line])).toEqual([
        ['record-too-long', 3],
        ['record-too-long', 4],
      ]);
      expect(events.map((e) => e.source?.line)).toEqual([2, 5]);
    }
  });
});
