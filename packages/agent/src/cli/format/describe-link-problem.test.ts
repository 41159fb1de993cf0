import {
  checkServiceAccounts,
  type EmployeeDirectory,
  type LinkProblemCode,
  readLinksCsv,
} from '@pclogin/core';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, test } from 'vitest';
import { CATALOGS, setLocale } from '../../i18n/translate.js';
import { describeLinkProblem, linkProblemText } from './describe-link-problem.js';

const HEADER = '連携種別,種別コード,打刻先アカウント,姓・名,サービスアカウント';
const directory: EmployeeDirectory = {
  employees: ['0001', '0002', '0003', '0004', '0005'].map((code) => ({ code, key: `k${code}` })),
  divisions: [],
};

/** A linking CSV edited in Excel and by hand: most things that can go wrong, once each. */
const damaged = [
  HEADER,
  'SmartOn ID連携,"1","0001",山田 太郎,"1000"',
  'SmartOn ID連携,"1","2",山田 花子,"2000"', // leading zeros lost: 0002
  'SmartOn ID連携,"1","0003",佐藤 次郎,"1000"', // 1000 twice
  'SmartOn ID連携,"1","0004",鈴木 一郎,', // no service account
  'SmartOn ID連携,"1",,名無し,"7000"', // no employee code
  'SmartOn ID連携,"1","0005",田中 五郎,"1.23E+11"', // Excel's exponent form
  'SmartOn ID連携,"1","９９９９",全角,"9000"', // full-width, and unknown
].join('\r\n');

afterEach(() => setLocale('en'));

describe('linking CSV problems in the reader’s language', () => {
  test('every problem of a damaged file has its sentence and fix in both languages, naming its values', () => {
    const { problems } = readLinksCsv(iconv.encode(damaged, 'cp932'), { directory });
    const codes = new Set(problems.map((p) => p.code));
    for (const code of [
      'unknown-employee',
      'duplicate-account',
      'unlinked',
      'empty-employee-code',
      'excel-number',
      'normalized',
    ] as const)
      expect(codes).toContain(code);
    for (const p of problems) {
      const ja = linkProblemText(p, 'ja');
      const en = linkProblemText(p, 'en');
      // From the catalog, not the library's English fallback.
      expect(ja.message, p.code).not.toBe(p.message);
      expect(ja.message, p.code).toMatch(/[ぁ-ん]/);
      for (const value of Object.values(p.values ?? {}).filter((v) => v !== '')) {
        expect(ja.message + ja.fix, `${p.code} ${value}`).toContain(value);
        expect(en.message + en.fix, `${p.code} ${value}`).toContain(value);
      }
    }
    const zeros = problems.find((p) => p.code === 'unknown-employee' && p.line === 3)!;
    expect(linkProblemText(zeros, 'ja')).toEqual({
      message:
        '打刻先アカウント「2」は、KING OF TIME に登録されていない従業員コードです（「0002」は登録されています）。',
      fix: '先頭の 0 を付けて「0002」と書いてください。Excel で開くと先頭の 0 が消えるため、テキストエディターで編集してください。',
    });
    setLocale('ja');
    expect(describeLinkProblem(zeros, 'links.csv')).toMatch(/^links\.csv:3: エラー: 打刻先アカウント「2」は/);
  });

  test('every problem code has a sentence and a fix in the catalog', () => {
    const codes: Record<LinkProblemCode, true> = {
      'service-account-not-in-logs': true,
      'empty-file': true,
      'missing-header': true,
      'missing-column': true,
      'duplicate-column': true,
      'unknown-column': true,
      'csv-syntax': true,
      'invalid-bytes': true,
      'field-count': true,
      normalized: true,
      'excel-number': true,
      'empty-employee-code': true,
      'unknown-employee': true,
      'possible-leading-zero-loss': true,
      'duplicate-account': true,
      'duplicate-row': true,
      'duplicate-employee': true,
      unlinked: true,
      'spreadsheet-formula': true,
    };
    for (const code of Object.keys(codes)) {
      expect(CATALOGS.ja, code).toHaveProperty([`linkProblem.${code}`]);
      expect(CATALOGS.ja, code).toHaveProperty([`linkFix.${code}`]);
    }
  });

  test('a サービスアカウント that lost its leading zeros, checked against the logs, in Japanese with its values', () => {
    const [problem] = checkServiceAccounts(
      [
        {
          linkType: 'SmartOn ID連携',
          typeCode: '1',
          employeeCode: '0100',
          name: '',
          serviceAccount: '100',
          lineNumber: 2,
        },
      ],
      ['0100'],
    );
    expect(linkProblemText(problem!, 'ja')).toEqual({
      message:
        'サービスアカウント「100」はログに一度も出てきませんが、"0100" は出てきます。このままではログが打刻されません。',
      fix: '先頭の 0 を付けて（0100）書いてください。Excel でファイルを開くと先頭の 0 が消えます。テキストエディターで編集してから取り込んでください（pclogin-agent links import）。紐づけを直すと、読み取り済みのログも打刻されます。',
    });
    expect(linkProblemText(problem!, 'en').message).toBe(problem!.message);
  });

  test('a problem without values (from another source) keeps the library’s sentence', () => {
    const p = { line: 2, severity: 'error' as const, code: 'unlinked' as const, message: 'm.', fix: 'f.' };
    expect(linkProblemText(p, 'ja')).toEqual({ message: 'm.', fix: 'f.' });
  });
});
