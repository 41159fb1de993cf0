import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { fixture, fixtureBytes, plain } from '../../test/support/fixtures.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { LogFileError } from '../errors/log-file-error.js';
import { parseLogBytes } from './parse-log-bytes.js';
import { parseLogFile } from './parse-log-file.js';
import { streamLogFile } from './stream-log-file.js';

const FIXTURE_NAMES = [
  'cp932-crlf-japanese-header.csv',
  'utf8-bom-english-date-time.csv',
  'cp932-no-header.csv',
  'utf8-quoted-fields.csv',
  'cp932-malformed-rows.csv',
  'cp932-unterminated-last-line.csv',
  'utf16le-bom.csv',
  'utf16be-bom.csv',
  'utf8-tab-delimited.csv',
];

const decoderFor = (encoding: string) => (bytes: Buffer) =>
  encoding === 'cp932'
    ? iconv.decode(bytes, 'cp932')
    : bytes.toString(encoding === 'utf-16le' ? 'utf16le' : encoding === 'utf-16be' ? 'latin1' : 'utf8');

describe.each(FIXTURE_NAMES)('%s', (name) => {
  test('events and issues (snapshot)', async () => {
    const { events, issues, layout } = await parseLogFile(fixture(name));
    const named = issues.map((i) => ({ ...i, file: basename(i.file) }));
    expect({ layout, events: events.map(plain), issues: named }).toMatchSnapshot();
  });

  test('each event points at the bytes of its row', async () => {
    const bytes = fixtureBytes(name);
    const { events, layout } = await parseLogFile(fixture(name));
    expect(layout).not.toBeNull();
    const encoding = layout?.encoding ?? 'utf-8';
    for (const e of events) {
      const offset = e.source?.offset as number;
      let rest = bytes.subarray(offset, offset + 400);
      if (encoding === 'utf-16be') rest = Buffer.from(rest).swap16();
      const text = decoderFor(encoding === 'utf-16be' ? 'utf-16le' : encoding)(rest);
      // The row's first line has the account; the record (which may span lines) has the word.
      expect(text.split('\n')[0]).toContain(e.account);
      expect(
        text
          .split('\n')
          .slice(0, e.source?.line === 5 ? 2 : 1)
          .join('\n')
          .normalize('NFKC'),
      ).toContain(e.raw.normalize('NFKC'));
      // The row starts right after the previous line end (or at the start, after a BOM).
      const before = offset - (encoding.startsWith('utf-16') ? 2 : 1);
      if (offset > (layout?.bomLength ?? 0)) {
        expect(encoding === 'utf-16be' ? bytes[before + 1] : bytes[before]).toBe(0x0a);
      }
    }
  });

  test('streams to the same result, batch by batch', async () => {
    const whole = await parseLogFile(fixture(name));
    const events = [];
    for await (const batch of streamLogFile(fixture(name))) events.push(...batch.events);
    expect(events).toEqual(whole.events);
    expect(parseLogBytes(fixtureBytes(name), fixture(name))).toEqual(whole);
  });
});

describe('decoding', () => {
  test('CP932 trail bytes 0x5C stay part of their character', async () => {
    const { events } = await parseLogFile(fixture('cp932-crlf-japanese-header.csv'));
    expect(events.map((e) => e.computer)).toContain('表示-PC01');
    expect(events.map((e) => e.computer)).toContain('ソフト開発-PC①');
  });

  test('UTF-16 surrogate pairs decode, and both byte orders read the same', async () => {
    const le = await parseLogFile(fixture('utf16le-bom.csv'));
    const be = await parseLogFile(fixture('utf16be-bom.csv'));
    expect(le.events[0]?.computer).toBe('𠮷野-PC01');
    expect(be.events.map(plain)).toEqual(le.events.map(plain));
    expect(le.events.map((e) => e.source?.offset)).toEqual([62, 142, 220, 302]);
  });

  test('a lone UTF-16 surrogate in a used column is undecodable', () => {
    const text = Buffer.from(
      '日時,アカウント,イベント\n2024/02/07 09:03:12,u1,LOGON\n2024/02/07 09:03:13,u\uD800,LOGON\n',
      'utf16le',
    );
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), text]);
    const { events, issues } = parseLogBytes(bytes, 'x.csv');
    expect(events).toHaveLength(1);
    expect(issues).toMatchObject([{ line: 3, code: 'undecodable' }]);
  });

  test('invalid UTF-8 in a UTF-8 file is undecodable, the rest is read', () => {
    const bytes = Buffer.concat([
      Buffer.from('日時,アカウント,イベント\n2024/02/07 09:03:12,u1,ログオン\n2024/02/07 09:03:13,'),
      Buffer.from([0xff, 0xfe, 0x41]),
      Buffer.from(',LOGON\n2024/02/07 09:03:14,u3,LOGOFF\n'),
    ]);
    const { events, issues } = parseLogBytes(bytes, 'x.csv', { encoding: 'utf-8' });
    expect(events.map((e) => e.account)).toEqual(['u1', 'u3']);
    expect(issues).toMatchObject([{ line: 3, code: 'undecodable', severity: 'error' }]);
  });
});

describe('bad rows', () => {
  test('one issue per malformed row, with its line and a reason; good rows are kept', async () => {
    const { events, issues } = await parseLogFile(fixture('cp932-malformed-rows.csv'));
    expect(events.map((e) => e.source?.line)).toEqual([2, 11, 12, 14]);
    expect(issues.map((i) => [i.line, i.code, i.severity])).toEqual([
      [3, 'bad-timestamp', 'error'],
      [4, 'missing-account', 'error'],
      [5, 'column-count', 'error'],
      [6, 'column-count', 'error'],
      [7, 'undecodable', 'error'],
      [8, 'missing-event', 'error'],
      [9, 'bad-timestamp', 'error'],
      [12, 'unknown-event', 'warning'],
      [13, 'unclosed-quote', 'error'],
    ]);
    expect(issues[0]?.reason).toContain('"2024/13/45 09:03:12"');
    expect(issues[2]?.reason).toContain('Expected 4 fields as in the header, found 5');
    expect(issues[4]?.text).toContain('\uFFFD');
  });

  test('full-width digits in a timestamp are read after NFKC', async () => {
    const { events } = await parseLogFile(fixture('cp932-malformed-rows.csv'));
    expect(events.find((e) => e.account === '1009')?.at.toISOString()).toBe('2024-02-07T00:10:00.000Z');
  });

  test('an unknown event word is kept as kind other with its word, reported once', () => {
    const text = '日時,ユーザーID,イベント\n2024/02/07 09:00:00,u1,休止\n2024/02/07 09:10:00,u1,休止\n';
    const { events, issues } = parseLogBytes(Buffer.from(text), 'x.csv');
    expect(events.map((e) => [e.kind, e.raw])).toEqual([
      ['other', '休止'],
      ['other', '休止'],
    ]);
    expect(issues.map((i) => i.code)).toEqual(['unknown-event']);
  });

  test('eventWords extends the vocabulary', () => {
    const text = '日時,ユーザーID,イベント\n2024/02/07 09:00:00,u1,ユーザー切替(connect)\n';
    const { events, issues } = parseLogBytes(Buffer.from(text), 'x.csv', {
      eventWords: { 'ユーザー切替(connect)': 'unlock' },
    });
    expect(events[0]?.kind).toBe('unlock');
    expect(issues).toEqual([]);
  });

  test('a line with no end for over 1 MiB is skipped up to the next line end', () => {
    const text = `日時,ユーザーID,イベント\n2024/02/07 09:00:00,u1,LOGON\n${'x'.repeat(1_100_000)}\n2024/02/07 09:01:00,u2,LOGON\n`;
    const { events, issues } = parseLogBytes(Buffer.from(text), 'x.csv');
    expect(events.map((e) => e.account)).toEqual(['u1', 'u2']);
    // Whole in one piece or cut into chunks, a line over the limit is the same issue.
    expect(issues.map((i) => [i.code, i.line])).toEqual([['record-too-long', 3]]);
  });

  test('trailing empty fields are tolerated; empty and blank lines are skipped silently', () => {
    const text =
      '日時,ユーザーID,イベント\n\n2024/02/07 09:00:00,u1,LOGON,,\n   \n2024/02/07 09:01:00,u2,LOGON\n';
    const { events, issues } = parseLogBytes(Buffer.from(text), 'x.csv');
    expect(events.map((e) => [e.account, e.source?.line])).toEqual([
      ['u1', 3],
      ['u2', 5],
    ]);
    expect(issues).toEqual([]);
  });
});

describe('time zones', () => {
  test('timestamps without offset are local time in the configured zone; with offset they are exact', () => {
    const text =
      '日時,ユーザーID,イベント\n2024/07/01 09:00:00,u1,LOGON\n2024-07-01T09:00:00+09:00,u1,LOGOFF\n';
    const tokyo = parseLogBytes(Buffer.from(text), 'x.csv');
    const berlin = parseLogBytes(Buffer.from(text), 'x.csv', { timeZone: 'Europe/Berlin' });
    expect(tokyo.events.map((e) => e.at.toISOString())).toEqual([
      '2024-07-01T00:00:00.000Z',
      '2024-07-01T00:00:00.000Z',
    ]);
    expect(berlin.events.map((e) => e.at.toISOString())).toEqual([
      '2024-07-01T07:00:00.000Z',
      '2024-07-01T00:00:00.000Z',
    ]);
  });

  test('rows on both sides of a DST change in the same file', () => {
    const text =
      '日時,ユーザーID,イベント\n2024/03/31 01:59:00,u1,LOCK\n2024/03/31 03:01:00,u1,UNLOCK\n2024/10/27 02:30:00,u1,LOCK\n';
    const { events } = parseLogBytes(Buffer.from(text), 'x.csv', { timeZone: 'Europe/Berlin' });
    expect(events.map((e) => e.at.toISOString())).toEqual([
      '2024-03-31T00:59:00.000Z',
      '2024-03-31T01:01:00.000Z',
      '2024-10-27T00:30:00.000Z',
    ]);
  });
});

describe('files on disk', () => {
  const tempDir = useTempDir();

  test('a large file comes in many small batches (memory stays bounded)', async () => {
    const path = `${tempDir()}/big.csv`;
    const row = (i: number) => `2024/02/07 09:00:00,user${i},PC-${i},ログオン\r\n`;
    writeFileSync(
      path,
      iconv.encode(
        `日時,ユーザーID,端末名,イベント\r\n${Array.from({ length: 20_000 }, (_, i) => row(i)).join('')}`,
        'cp932',
      ),
    );
    const sizes: number[] = [];
    for await (const batch of streamLogFile(path)) sizes.push(batch.events.length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(20_000);
    expect(sizes.length).toBeGreaterThan(10);
    expect(Math.max(...sizes)).toBeLessThan(5_000);
  });

  test('a missing file is a LogFileError naming it', async () => {
    const path = `${tempDir()}/missing.csv`;
    const error = await parseLogFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogFileError);
    expect(error).toMatchObject({ name: 'LogFileError', code: 'not-found', path });
    expect((error as Error).message).toContain(path);
  });

  test('a folder is not a file', async () => {
    await expect(parseLogFile(tempDir())).rejects.toMatchObject({ code: 'not-a-file' });
  });
});

describe('streamLogFile with unterminatedLastLine: hold', () => {
  const dir = useTempDir();
  const HEADER = '日時,SmartOnアカウント,イベント,コンピュータ名\r\n';

  test('leaves out a half-written last line and says so', async () => {
    const path = join(dir(), 'writing.csv');
    writeFileSync(
      path,
      `${HEADER}2024/02/07 09:00:00,u1,ログオン,PC-1\r\n2024/02/07 18:00:00,u1,ログオフ,PC-`,
    );
    const batches: { events: { kind: string }[]; heldBack?: string }[] = [];
    for await (const b of streamLogFile(path, {}, { unterminatedLastLine: 'hold' })) batches.push(b);
    expect(batches.flatMap((b) => b.events).map((e) => e.kind)).toEqual(['logon']);
    expect(batches.at(-1)?.heldBack).toBe('unterminated-line');
  });

  test('still reports a file whose layout cannot be recognised', async () => {
    const path = join(dir(), 'garbage.csv');
    writeFileSync(path, Buffer.from([0x00, 0x01, 0x02, 0x0a]));
    const issues: { code: string }[] = [];
    for await (const b of streamLogFile(path, {}, { unterminatedLastLine: 'hold' })) issues.push(...b.issues);
    expect(issues.map((i) => i.code)).toEqual(['unrecognised-layout']);
  });
});
