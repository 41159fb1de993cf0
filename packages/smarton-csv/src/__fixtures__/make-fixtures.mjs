#!/usr/bin/env node
// Builds the encoded log fixtures in ./logs from the text below, with real encoders:
// iconv-lite for CP932, Buffer for UTF-8 and UTF-16 (byte order marks written as bytes).
// Run `node make-fixtures.mjs` after changing a fixture; fixtures.test.ts checks that the
// committed files are exactly what this script produces.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

const BOM_UTF8 = Buffer.from([0xef, 0xbb, 0xbf]);

const utf8 = (text) => Buffer.from(text, 'utf8');
const utf8Bom = (text) => Buffer.concat([BOM_UTF8, utf8(text)]);
const cp932 = (text) => iconv.encode(text, 'cp932');
const utf16le = (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
const crlf = (lines) => lines.map((l) => `${l}\r\n`).join('');
const lf = (lines) => lines.map((l) => `${l}\n`).join('');

// Japanese header, CP932, CRLF. 表 (0x95 0x5C) and ソ (0x83 0x5C) end in a backslash byte;
// ﾛｸﾞｵﾌ is half-width katakana; ① and 髙 are CP932 extensions.
const japanese = crlf([
  '日時,SmartOnアカウント,Windowsアカウント,コンピュータ名,IPアドレス,イベント',
  '2024/02/07 09:03:12,1000,CORP\\yamada,表示-PC01,10.0.0.11,ログオン',
  '2024/02/07 09:15:40,1001,CORP\\takahashi,ソフト開発-PC①,10.0.0.12,ログオン',
  '2024/02/07 12:01:05,1000,CORP\\yamada,表示-PC01,10.0.0.11,ロック',
  '2024/02/07 12:55:59,1000,CORP\\yamada,表示-PC01,10.0.0.11,アンロック',
  '2024/02/07 15:20:00,1002,CORP\\髙橋,NB-OSK-0042,10.0.1.7,ユーザー切替(connect)',
  '2024/02/07 18:22:30,1000,CORP\\yamada,表示-PC01,10.0.0.11,ﾛｸﾞｵﾌ',
  '2024/02/07 18:40:02,1001,CORP\\takahashi,ソフト開発-PC①,10.0.0.12,ログオフ',
]);

// English header, UTF-8 with BOM, separate date and time columns, English event words.
const english = crlf([
  'Date,Time,UserName,ComputerName,IP,Action',
  '2024-02-07,09:03:12,1000,PC-TKY-0001,10.0.0.11,LOGON',
  '2024-02-07,9:15,1001,PC-TKY-0002,10.0.0.12,SignIn',
  '2024-02-07,12:01:05,1000,PC-TKY-0001,10.0.0.11,Lock',
  '2024-02-07,12:55:59,1000,PC-TKY-0001,10.0.0.11,UNLOCK',
  '2024-02-07,18:22:30,1000,PC-TKY-0001,10.0.0.11,Log Off',
  '2024-02-08,00:10:00,1001,PC-TKY-0002,10.0.0.12,logout',
]);

// No header, CP932, CRLF; columns found from their values; unpadded and compact timestamps.
const noHeader = crlf([
  '2024/2/7 9:03:12,1000,CORP\\yamada,PC-01,10.0.0.11,ログオン',
  '2024/02/07 12:01:05,1000,CORP\\yamada,PC-01,10.0.0.11,ロック',
  '20240207125559,1000,CORP\\yamada,PC-01,10.0.0.11,アンロック',
  '202402071822,1000,CORP\\yamada,PC-01,10.0.0.11,ログオフ',
  '2024-02-07T18:30:00.250+09:00,1001,CORP\\sato,PC-02,10.0.0.12,サインイン',
  '2024-02-07T10:00:00Z,1001,CORP\\sato,PC-02,10.0.0.12,サインアウト',
]);

// Quoted fields: every field quoted on some rows, a comma, doubled quotes and a line break
// inside values. UTF-8 without BOM, LF.
const quoted = lf([
  '"日時","ユーザーID","端末名","イベント"',
  '"2024/02/07 09:03:12","1000","PC-01","ログオン"',
  '2024/02/07 09:10:00,1001,"PC, with comma",ログオン',
  '"2024/02/07 09:20:00","1002","PC ""quoted"" name","ログオン"',
  '"2024/02/07 09:30:00","1003","PC-04\nsecond line","ロック"',
  '2024/02/07 09:40:00,1003,PC-04,"アンロック"',
  '"2024/02/07 18:00:00","1000","PC-01","ログオフ"',
]);

// A malformed row of each kind among good ones. CP932, CRLF. Line 7 has the invalid CP932
// sequence 0x85 0x40 in its event; line 11 has full-width digits (valid after NFKC).
const malformedText = [
  '日時,SmartOnアカウント,コンピュータ名,イベント',
  '2024/02/07 09:03:12,1000,PC-01,ログオン',
  '2024/13/45 09:03:12,1001,PC-02,ログオン',
  '2024/02/07 09:05:00,,PC-03,ログオン',
  '2024/02/07 09:06:00,1004,PC-04,ログオン,extra',
  '2024/02/07 09:07:00,1005,PC-05',
  '2024/02/07 09:08:00,1006,PC-06,@@BAD@@',
  '2024/02/07 09:09:00,1007,PC-07,',
  'not a date,1008,PC-08,ログオン',
  '',
  '２０２４/０２/０７ ０９：１０：００,1009,PC-09,ログオン',
  '2024/02/07 09:11:00,1010,PC-10,休止',
  '2024/02/07 09:12:00,1011,"PC-11,ログオン',
  '2024/02/07 18:00:00,1000,PC-01,ログオフ',
];
const malformed = Buffer.concat(
  crlf(malformedText)
    .split('@@BAD@@')
    .flatMap((part, i) => (i === 0 ? [cp932(part)] : [Buffer.from([0x85, 0x40]), cp932(part)])),
);

// The last line has no line end (the log server is still writing it).
const unterminated = Buffer.concat([
  cp932(
    crlf([
      '日時,SmartOnアカウント,コンピュータ名,イベント',
      '2024/02/07 09:03:12,1000,PC-01,ログオン',
      '2024/02/07 09:15:40,1001,PC-02,ログオン',
    ]),
  ),
  cp932('2024/02/07 12:01:05,1000,PC-0'),
]);

// UTF-16 with a byte order mark; 𠮷 is a surrogate pair.
const utf16Text = crlf([
  '日時,SmartOnアカウント,コンピュータ名,イベント',
  '2024/02/07 09:03:12,1000,𠮷野-PC01,ログオン',
  '2024/02/07 12:01:05,1000,𠮷野-PC01,ロック',
  '2024/02/07 12:55:59,1000,𠮷野-PC01,ロック解除',
  '2024/02/07 18:22:30,1000,𠮷野-PC01,ログアウト',
]);

// Tab-delimited, UTF-8, Japanese header with separate date and time; a comma inside a value.
const tabs = crlf([
  '日付\t時刻\tユーザーID\t端末名\t操作',
  '2024/02/07\t09:03:12\t1000\tPC-01\tログイン',
  '2024/02/07\t12:01\t1000\tPC-01, 2F\tロック',
  '2024/02/07\t12:55\t1000\tPC-01, 2F\tアンロック',
  '2024/02/07\t18:22:30\t1000\tPC-01\tログアウト',
]);

/** Every fixture: file name → bytes. */
export function buildFixtures() {
  return new Map([
    ['cp932-crlf-japanese-header.csv', cp932(japanese)],
    ['utf8-bom-english-date-time.csv', utf8Bom(english)],
    ['cp932-no-header.csv', cp932(noHeader)],
    ['utf8-quoted-fields.csv', utf8(quoted)],
    ['cp932-malformed-rows.csv', malformed],
    ['cp932-unterminated-last-line.csv', unterminated],
    ['utf16le-bom.csv', utf16le(utf16Text)],
    ['utf16be-bom.csv', utf16be(utf16Text)],
    ['utf8-tab-delimited.csv', utf8(tabs)],
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = join(import.meta.dirname, 'logs');
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of buildFixtures()) writeFileSync(join(dir, name), bytes);
  console.log(`wrote ${buildFixtures().size} fixtures to ${dir}`);
}
