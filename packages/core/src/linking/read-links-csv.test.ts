import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import type { EmployeeDirectory } from '../directory/employee-directory.js';
import { readLinksCsv } from './read-links-csv.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url)));
const cp932 = (lines: string[]) => new Uint8Array(iconv.encode(`${lines.join('\r\n')}\r\n`, 'cp932'));
const utf8 = (lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);
const HEADER = '連携種別,種別コード,打刻先アカウント,姓・名,サービスアカウント';

const directory: EmployeeDirectory = {
  employees: ['0000', '0001', '0002', '0003'].map((code) => ({ code, key: `key-${code}` })),
  divisions: [],
};

describe('readLinksCsv: the files PC Login and its users make', () => {
  test("the vendor manual's import example, CP932 with quoted codes", () => {
    const result = readLinksCsv(fixture('pclogin-import.cp932.csv'), { directory });
    expect(result.encoding).toBe('cp932');
    expect(result.problems).toEqual([]);
    expect(result.links).toEqual([
      {
        lineNumber: 2,
        linkType: 'SmartOn ID連携',
        typeCode: '1',
        employeeCode: '0000',
        name: '山田 太郎',
        serviceAccount: '1000',
      },
      {
        lineNumber: 3,
        linkType: 'SmartOn ID連携',
        typeCode: '1',
        employeeCode: '0001',
        name: '山田 花子',
        serviceAccount: '2000',
      },
      {
        lineNumber: 4,
        linkType: 'SmartOn ID連携',
        typeCode: '1',
        employeeCode: '0002',
        name: '山田 次郎',
        serviceAccount: '3000',
      },
      {
        lineNumber: 5,
        linkType: 'SmartOn ID連携',
        typeCode: '1',
        employeeCode: '0003',
        name: '山田 一郎',
        serviceAccount: '4000',
      },
    ]);
  });

  test("the manual's export listing without 種別コード, UTF-8 with BOM", () => {
    const result = readLinksCsv(fixture('pclogin-export-no-type-code.utf8-bom.csv'));
    expect(result.encoding).toBe('utf-8-bom');
    expect(result.problems).toEqual([]);
    expect(result.links.map((l) => [l.typeCode, l.employeeCode, l.serviceAccount])).toEqual([
      ['', '0000', '0000'],
      ['', '0001', '0001'],
    ]);
  });

  test('a file damaged by Excel: every damage is reported on its line with a fix', () => {
    const { links, problems } = readLinksCsv(fixture('excel-damaged.cp932.csv'), { directory });
    const brief = problems.map((p) => [p.line, p.severity, p.code, p.field]);
    expect(brief).toEqual([
      [2, 'error', 'unknown-employee', '打刻先アカウント'],
      [3, 'error', 'unknown-employee', '打刻先アカウント'],
      [4, 'warning', 'normalized', 'サービスアカウント'],
      [6, 'error', 'unknown-employee', '打刻先アカウント'],
      [6, 'info', 'unlinked', 'サービスアカウント'],
      [7, 'error', 'excel-number', '打刻先アカウント'],
      [7, 'error', 'unknown-employee', '打刻先アカウント'],
    ]);
    const line3 = problems.find((p) => p.line === 3);
    expect(line3?.message).toContain('"1"');
    expect(line3?.message).toContain('"0001"');
    expect(line3?.fix).toContain('0001');
    expect(problems.find((p) => p.line === 2)?.fix).toContain('0000');
    expect(problems.find((p) => p.code === 'normalized')?.message).toContain('"3000"');
    // Rows are kept (normalised) so the caller can show or rewrite them.
    expect(links.map((l) => [l.lineNumber, l.employeeCode, l.serviceAccount])).toEqual([
      [2, '0', '1000'],
      [3, '1', '2000'],
      [4, '0002', '3000'],
      [6, '3', ''],
      [7, '7.20E+11', '5000'],
    ]);
  });

  test('without a directory, codes shorter than the zero-padded ones are suspected of Excel damage', () => {
    const { problems } = readLinksCsv(
      cp932([
        HEADER,
        'SmartOn ID連携,1,0001,a,1000',
        'SmartOn ID連携,1,2,b,2000',
        'SmartOn ID連携,1,0003,c,3000',
      ]),
    );
    expect(problems.map((p) => [p.line, p.code])).toEqual([[3, 'possible-leading-zero-loss']]);
    expect(problems[0]?.message).toContain('"0002"');
  });

  test("Excel's Unicode text (UTF-16LE, tab-separated) is read, and its duplicate account reported", () => {
    const result = readLinksCsv(fixture('excel-unicode-text.utf16le.txt'), { directory });
    expect(result.encoding).toBe('utf-16le');
    expect(result.delimiter).toBe('\t');
    expect(result.links).toHaveLength(2);
    expect(result.problems.map((p) => [p.line, p.severity, p.code])).toEqual([
      [2, 'error', 'duplicate-account'],
      [3, 'error', 'duplicate-account'],
    ]);
    expect(result.problems[0]?.message).toContain('0000 (line 2), 0001 (line 3)');
  });

  test('UTF-8 without BOM, LF line ends, unquoted', () => {
    const result = readLinksCsv(utf8([HEADER, 'SmartOn ID連携,1,0001,髙橋 𠮷男,taro']));
    expect(result.encoding).toBe('utf-8');
    expect(result.links[0]).toMatchObject({ lineNumber: 2, name: '髙橋 𠮷男', serviceAccount: 'taro' });
  });
});

describe('readLinksCsv: odd and broken files', () => {
  test('no header: one error, no rows guessed', () => {
    const result = readLinksCsv(cp932(['SmartOn ID連携,"1","0000",山田 太郎,1000']));
    expect(result.links).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: 1, severity: 'error', code: 'missing-header' });
    expect(result.problems[0]?.message).toContain('CP932');
    expect(result.problems[0]?.fix).toContain(HEADER);
  });

  test('a header without サービスアカウント', () => {
    const result = readLinksCsv(utf8(['連携種別,打刻先アカウント,姓・名', 'x,0001,a']));
    expect(result.problems).toMatchObject([{ code: 'missing-column', severity: 'error' }]);
    expect(result.problems[0]?.message).toContain('サービスアカウント');
  });

  test('an empty file', () => {
    expect(readLinksCsv(new Uint8Array()).problems).toMatchObject([{ code: 'empty-file', line: 1 }]);
    expect(readLinksCsv(utf8(['', ''])).problems).toMatchObject([{ code: 'empty-file' }]);
  });

  test('columns in another order, header names with half-width katakana and spaces, unknown columns', () => {
    const result = readLinksCsv(utf8(['ｻｰﾋﾞｽｱｶｳﾝﾄ, 打刻先 アカウント ,備考', '1000,0001,memo']));
    expect(result.links).toMatchObject([
      { employeeCode: '0001', serviceAccount: '1000', name: '', linkType: '' },
    ]);
    expect(result.problems).toMatchObject([{ code: 'unknown-column', severity: 'info', line: 1 }]);
  });

  test('blank lines, quoted line breaks and CRLF keep line numbers right', () => {
    const text = `${HEADER}\r\n\r\nSmartOn ID連携,1,"0001","山田\r\n太郎",1000\r\n\r\nSmartOn ID連携,1,0002,b,\r\n`;
    const result = readLinksCsv(new Uint8Array(iconv.encode(text, 'cp932')));
    expect(result.links.map((l) => l.lineNumber)).toEqual([3, 6]);
    expect(result.links[0]?.name).toBe('山田\r\n太郎');
    expect(result.problems).toMatchObject([{ line: 6, code: 'unlinked' }]);
  });

  test('a quote never closed is reported at its line; the rows before it are kept', () => {
    const result = readLinksCsv(utf8([HEADER, 'a,1,0001,x,1000', 'a,1,"0002,y,2000', 'a,1,0003,z,3000']));
    expect(result.links.map((l) => l.employeeCode)).toEqual(['0001']);
    expect(result.problems).toMatchObject([{ line: 3, severity: 'error', code: 'csv-syntax' }]);
  });

  test('rows with too few or too many fields', () => {
    const result = readLinksCsv(utf8([HEADER, 'a,1,0001', 'a,1,0002,y,2000,extra']));
    expect(result.problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'field-count'],
      [2, 'unlinked'],
      [3, 'field-count'],
    ]);
    expect(result.problems[2]?.message).toContain('extra');
  });

  test('bytes that are neither UTF-8 nor CP932 text are flagged on their line', () => {
    const head = iconv.encode(`${HEADER}\r\nSmartOn ID連携,1,0001,`, 'cp932');
    const bytes = Buffer.concat([head, Buffer.from([0x81, 0x20]), Buffer.from(',1000\r\n')]);
    const result = readLinksCsv(new Uint8Array(bytes));
    expect(result.encoding).toBe('cp932');
    expect(result.problems).toMatchObject([{ line: 2, code: 'invalid-bytes', severity: 'warning' }]);
  });

  test('codes in full-width digits, with spaces or an Excel ="…" wrapper are normalised with a warning', () => {
    const result = readLinksCsv(utf8([HEADER, 'a,1,０００１,x,"　ｙａｍａｄａ "', 'a,1,="0002",y,="0200"']));
    expect(result.links.map((l) => [l.employeeCode, l.serviceAccount])).toEqual([
      ['0001', 'yamada'],
      ['0002', '0200'],
    ]);
    expect(result.problems.map((p) => [p.line, p.code, p.field])).toEqual([
      [2, 'normalized', '打刻先アカウント'],
      [2, 'normalized', 'サービスアカウント'],
      [3, 'normalized', '打刻先アカウント'],
      [3, 'normalized', 'サービスアカウント'],
    ]);
    expect(result.problems[3]?.message).toContain('Excel');
  });

  test('a forced encoding wins over detection', () => {
    const bytes = new Uint8Array(iconv.encode(`${HEADER}\r\na,1,0001,山田,1000\r\n`, 'cp932'));
    expect(readLinksCsv(bytes, { encoding: 'cp932' }).links[0]?.name).toBe('山田');
    expect(readLinksCsv(bytes, { encoding: 'utf-8' }).problems[0]?.code).toBe('missing-header');
  });

  test('bad options are thrown, naming the option', () => {
    expect(() => readLinksCsv(new Uint8Array(), { encoding: 'latin1' as 'utf-8' })).toThrow(
      /option encoding/,
    );
  });
});
