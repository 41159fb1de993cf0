import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import { z } from 'zod';
import type { LinkRow } from './account-link.js';
import { cp932Compatible } from './internal/cp932-compatible.js';
import { neutralizeFormula } from './internal/spreadsheet-formula.js';
import { LinkCsvError } from './link-csv-error.js';
import { linkCsvHeaders } from './link-csv-headers.js';

/** Options of {@link writeLinksCsv}. */
export interface WriteLinksCsvOptions {
  /**
   * `cp932`: Shift_JIS as Japanese Windows writes it (PC Login's form); `utf-8` for names CP932 cannot hold.
   * @default 'cp932'
   */
  encoding?: 'cp932' | 'utf-8';
  /**
   * Start a UTF-8 file with a byte order mark, which Excel and older Windows tools need to
   * recognise UTF-8. Not allowed with `cp932`.
   * @default true for `utf-8`
   */
  bom?: boolean;
}

const optionsSchema = z
  .object({ encoding: z.enum(['cp932', 'utf-8']).optional(), bom: z.boolean().optional() })
  .refine((o) => !(o.bom && (o.encoding ?? 'cp932') === 'cp932'), {
    message: 'a byte order mark needs encoding "utf-8"',
    path: ['bom'],
  });

// The columns holding codes are always quoted, so that leading zeros survive tools that
// guess types from unquoted values.
const QUOTED = new Set([1, 2, 4]);

/**
 * Writes PC Login's linking (紐づけ) CSV: the header `連携種別,種別コード,打刻先アカウント,姓・名,
 * サービスアカウント`, CRLF line ends, codes quoted (`"0001"`), CP932 by default. A value a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return) gets a leading `'`, which `validateLinks` removes again on reading.
 *
 * @throws {@link LinkCsvError} `unencodable-character` when a value has a character CP932
 * cannot hold (e.g. 𠮷), naming the employee and column: write UTF-8 instead. `invalid-options`
 * for bad options.
 * @example
 * await writeFile('links.csv', writeLinksCsv(exportLinksFromDirectory(directory)));
 */
export function writeLinksCsv(rows: readonly LinkRow[], options: WriteLinksCsvOptions = {}): Uint8Array {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    throw new LinkCsvError('invalid-options', `writeLinksCsv: option ${field}: ${issue?.message}`, { field });
  }
  const encoding = parsed.data.encoding ?? 'cp932';
  const records = rows.map((row) => {
    const values = [row.linkType, row.typeCode, row.employeeCode, row.name, row.serviceAccount].map(
      neutralizeFormula,
    );
    return encoding === 'cp932' ? values.map(cp932Compatible) : values;
  });
  const text = stringify([[...linkCsvHeaders], ...records], {
    record_delimiter: '\r\n',
    cast: {
      // `records` counts the rows written before this one: 0 is the header, left unquoted.
      string: (value, context) =>
        context.records > 0 && QUOTED.has(context.index) ? { value, quoted: true } : value,
    },
  });
  if (encoding === 'utf-8') {
    const body = Buffer.from(text, 'utf8');
    const bom = parsed.data.bom ?? true;
    return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body);
  }
  records.forEach((values, index) => {
    values.forEach((value, column) => {
      if (!encodesToCp932(value)) {
        const field = linkCsvHeaders[column] ?? '';
        throw new LinkCsvError(
          'unencodable-character',
          `Row ${index + 1} (employee ${values[2] || '?'}): ${field} "${value}" has a character Shift_JIS (CP932) cannot hold. Write the file with encoding "utf-8".`,
          { employeeCode: values[2] ?? '', field },
        );
      }
    });
  });
  return new Uint8Array(iconv.encode(text, 'cp932'));
}

/** iconv-lite writes `?` for what CP932 lacks; `?` is never a CP932 trail byte, so counting tells. */
function encodesToCp932(value: string): boolean {
  const questionMarks = value.split('?').length - 1;
  const bytes = iconv.encode(value, 'cp932');
  let count = 0;
  for (const b of bytes) if (b === 0x3f) count++;
  return count === questionMarks;
}
