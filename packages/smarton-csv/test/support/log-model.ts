import type { LogEventKind } from '@pclogin/core';
import fc from 'fast-check';
import iconv from 'iconv-lite';

/** Encodings a generated file is written in. */
export const ENCODINGS = ['utf-8', 'utf-8-bom', 'cp932', 'utf-16le', 'utf-16be'] as const;
export type GeneratedEncoding = (typeof ENCODINGS)[number];

/** A row as the model knows it. */
export interface ModelRow {
  atMs: number;
  account: string;
  computer: string;
  word: string;
  kind: LogEventKind;
  format: number;
  quoteAll: boolean;
}

/** A whole generated file. */
export interface ModelFile {
  encoding: GeneratedEncoding;
  lineEnd: '\r\n' | '\n';
  delimiter: ',' | '\t';
  header: boolean;
  trailingLineEnd: boolean;
  rows: ModelRow[];
}

const KNOWN: [string, LogEventKind][] = [
  ['ログオン', 'logon'],
  ['ログオフ', 'logoff'],
  ['ロック', 'lock'],
  ['アンロック', 'unlock'],
  ['LOGON', 'logon'],
  ['logoff', 'logoff'],
  ['ﾛｸﾞｵﾝ', 'logon'],
  ['ロック解除', 'unlock'],
  ['サインイン', 'logon'],
];
const UNKNOWN: [string, LogEventKind][] = [
  ['休止', 'other'],
  ['ユーザー切替(connect)', 'other'],
  ['POWERON', 'other'],
];
// Characters every encoding can write, chosen to be awkward: 表 and ソ end in byte 0x5C in
// CP932, ｶﾀ are half-width katakana, ① and 髙 are CP932 extensions.
const CHARS = ['a', 'Z', '0', '7', '.', '_', '-', '山', '田', '表', 'ソ', 'ｶ', 'ﾀ', '①', '髙', '\\'];
const COMPUTER_EXTRA = [' ', '"', '\n'];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function formatTime(atMs: number, format: number): string {
  const l = new Date(atMs + 9 * 3_600_000); // Asia/Tokyo has had no DST since 1951
  const [y, mo, d, h, mi, s] = [
    l.getUTCFullYear(),
    l.getUTCMonth() + 1,
    l.getUTCDate(),
    l.getUTCHours(),
    l.getUTCMinutes(),
    l.getUTCSeconds(),
  ];
  switch (format) {
    case 0:
      return `${y}/${pad(mo)}/${pad(d)} ${pad(h)}:${pad(mi)}:${pad(s)}`;
    case 1:
      return `${y}/${mo}/${d} ${h}:${pad(mi)}:${pad(s)}`;
    case 2:
      return `${y}${pad(mo)}${pad(d)}${pad(h)}${pad(mi)}${pad(s)}`;
    default:
      return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+09:00`;
  }
}

function quote(value: string, delimiter: string, always: boolean): string {
  const needs =
    always ||
    value.includes(delimiter) ||
    value.includes('"') ||
    value.includes('\n') ||
    value.includes('\r');
  return needs ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The file's text. */
export function modelText(file: ModelFile): string {
  const d = file.delimiter;
  const lines: string[] = [];
  if (file.header) lines.push(['日時', 'SmartOnアカウント', 'コンピュータ名', 'イベント'].join(d));
  for (const r of file.rows) {
    const fields = [formatTime(r.atMs, r.format), r.account, r.computer, r.word];
    lines.push(fields.map((f) => quote(f, d, r.quoteAll)).join(d));
  }
  return lines.join(file.lineEnd) + (file.trailingLineEnd ? file.lineEnd : '');
}

/** The file's bytes in its encoding. */
export function modelBytes(file: ModelFile): Buffer {
  const text = modelText(file);
  switch (file.encoding) {
    case 'utf-8':
      return Buffer.from(text);
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    case 'cp932':
      return iconv.encode(text, 'cp932');
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  }
}

/** The events the model expects (without their source). */
export function modelEvents(file: ModelFile) {
  return file.rows.map((r) => ({
    account: r.account,
    at: new Date(r.atMs).toISOString(),
    kind: r.kind,
    raw: r.word,
    // Without a header the computer column is not recognised (see the README).
    ...(file.header && r.computer.trim() !== '' ? { computer: r.computer } : {}),
  }));
}

const stringOf = (chars: string[], min: number, max: number) =>
  fc.array(fc.constantFrom(...chars), { minLength: min, maxLength: max }).map((a) => a.join(''));

/** Any valid file. */
export const modelFile: fc.Arbitrary<ModelFile> = fc
  .record({
    encoding: fc.constantFrom(...ENCODINGS),
    lineEnd: fc.constantFrom('\r\n' as const, '\n' as const),
    delimiter: fc.constantFrom(',' as const, '\t' as const),
    header: fc.boolean(),
    trailingLineEnd: fc.boolean(),
    rows: fc.array(
      fc.record({
        atMs: fc
          .integer({ min: Date.UTC(2020, 0, 1) / 1000, max: Date.UTC(2030, 0, 1) / 1000 })
          .map((s) => s * 1000),
        account: stringOf(CHARS, 1, 8).map((s) => `u${s}`),
        computer: stringOf([...CHARS, ...COMPUTER_EXTRA], 0, 10).map((s) => s.trim()),
        word: fc.constantFrom(...KNOWN, ...UNKNOWN),
        format: fc.integer({ min: 0, max: 3 }),
        quoteAll: fc.boolean(),
      }),
      { minLength: 1, maxLength: 25 },
    ),
  })
  .map((f) => ({
    ...f,
    rows: f.rows.map((r, i) => {
      // Without a header, the event column is found by its known words: make sure there is one.
      const [word, kind] = i === 0 && !f.header ? (KNOWN[0] as [string, LogEventKind]) : r.word;
      // A quoted line break at the start of a value would be trimmed away: keep them inside.
      const computer = r.computer.replace(/^\n+|\n+$/g, '').trim();
      return { ...r, word, kind, computer };
    }),
  }));
