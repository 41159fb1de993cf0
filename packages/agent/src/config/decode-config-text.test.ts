import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ConfigError } from '../errors/config-error.js';
import { decodeConfigText } from './decode-config-text.js';
import { loadConfig } from './load-config.js';

// A configuration with a Japanese folder name, as an administrator writes it on Windows.
const settings = {
  companyCode: 'abc123',
  logDirectory: 'D:/SmartOn/ログ出力',
  stateDirectory: 'D:/勤怠/状態',
};
const json = JSON.stringify(settings, null, 2).replace(/\n/g, '\r\n');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pclogin-encoding-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes the bytes as a configuration file and loads it the way every command does. */
async function load(bytes: Buffer, name: string) {
  const file = join(dir, `${name}.json`);
  await writeFile(file, bytes);
  return loadConfig({ path: file, env: {}, platform: 'win32' });
}

async function refusal(bytes: Buffer, name: string): Promise<string> {
  const error = await load(bytes, name).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).message;
}

describe('configuration files as Windows editors save them', () => {
  const cases: [string, Buffer, string][] = [
    ['UTF-8 without a BOM', Buffer.from(json, 'utf8'), 'utf-8'],
    [
      'UTF-8 with a BOM (Notepad’s “UTF-8 (BOM 付き)”)',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]),
      'utf-8-bom',
    ],
    [
      'UTF-16 LE with a BOM (Notepad’s “Unicode”)',
      iconv.encode(json, 'utf-16le', { addBOM: true }),
      'utf-16le',
    ],
    [
      'UTF-16 BE with a BOM (“Unicode big endian”)',
      iconv.encode(json, 'utf-16be', { addBOM: true }),
      'utf-16be',
    ],
    ['UTF-16 LE without a BOM', iconv.encode(json, 'utf-16le'), 'utf-16le'],
    ['Shift_JIS (an older Notepad’s “ANSI”)', iconv.encode(json, 'cp932'), 'shift_jis'],
  ];
  test.each(cases)('%s: the Japanese folder names are read as written', async (_name, bytes, encoding) => {
    // The bytes really differ: these are the encodings, not one file under several names.
    expect(bytes.includes(Buffer.from('ログ出力', 'utf8'))).toBe(encoding.startsWith('utf-8'));
    const config = await load(bytes, encoding);
    expect(config.logDirectory).toMatch(/[\\/]SmartOn[\\/]ログ出力$/);
    expect(config.stateDirectory).toMatch(/[\\/]勤怠[\\/]状態$/);
    expect(config.fileEncoding).toBe(encoding);
  });

  test('EUC-JP is refused naming it, never read as garbled Shift_JIS', async () => {
    const message = await refusal(iconv.encode(json, 'euc-jp'), 'euc-jp');
    expect(message).toMatch(/not UTF-8, UTF-16 or Shift_JIS text \(EUC-JP\)/);
    expect(message).toMatch(/save it as UTF-8/);
    // Half-width katakana in EUC-JP are also valid Shift_JIS kanji (ﾛｸﾞ would read 杓失酌): refused too.
    const ambiguous = iconv.encode('{"logDirectory": "D:/ﾛｸﾞ"}', 'euc-jp');
    expect(iconv.decode(ambiguous, 'cp932')).toContain('杓失酌');
    expect(await refusal(ambiguous, 'euc-jp-kana')).toMatch(
      /could be Shift_JIS or another encoding \(Shift_JIS \/ EUC-JP\)/,
    );
  });

  test('bytes that are no Japanese text at all are refused naming the first bad byte and the fix', async () => {
    // Latin-1 (a Western Windows' "ANSI"): é is 0xE9, which is neither UTF-8 nor Shift_JIS here.
    const message = await refusal(iconv.encode('{"logDirectory": "C:/Données/é"}', 'latin1'), 'latin1');
    expect(message).toMatch(/not UTF-8, UTF-16 or Shift_JIS text \(0xe9 @ \d+\)/);
    expect(message).toMatch(/名前を付けて保存 \(Save As\)/);
  });

  test('a UTF-8 BOM followed by bytes that are not UTF-8 is refused, not half-read', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(json, 'cp932')]);
    expect(await refusal(bytes, 'bom-sjis')).toMatch(/UTF-8 BOM/);
  });

  test('property: any text saved in any of the accepted encodings reads back exactly', () => {
    // Characters every one of the encodings has: ASCII, kana, common kanji, full-width forms.
    const char = fc.constantFrom(
      ...'abcXYZ019 _-./\\:ぁあいうえおアイウエオンー日本語勤怠出勤退勤打刻山田太郎（）「」！ＡＢ１２'.split(
        '',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 40 }).map((a) => a.join('')),
        (name) => {
          const text = JSON.stringify({ logDirectory: name });
          for (const [bytes, encoding] of [
            [Buffer.from(text, 'utf8'), 'utf-8'],
            [iconv.encode(text, 'utf-16le', { addBOM: true }), 'utf-16le'],
            [iconv.encode(text, 'utf-16be', { addBOM: true }), 'utf-16be'],
            [iconv.encode(text, 'cp932'), undefined],
          ] as const) {
            const decoded = decodeConfigText(bytes, 'x.json');
            expect(decoded.text).toBe(text);
            if (encoding) expect(decoded.encoding).toBe(encoding);
          }
        },
      ),
    );
  });
});
