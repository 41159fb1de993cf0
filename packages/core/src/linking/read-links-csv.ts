import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { EmployeeDirectory } from '../directory/employee-directory.js';
import { employeeDirectorySchema } from '../directory/employee-directory.js';
import type { AccountLink, LinkRow } from './account-link.js';
import type { CsvEncoding } from './csv-encoding.js';
import { decodeCsvBytes } from './internal/decode-csv-bytes.js';
import { LineIndex } from './internal/line-index.js';
import { headerKey, linkColumns } from './internal/link-columns.js';
import { sortProblems } from './internal/problem-order.js';
import { restoreFormula } from './internal/spreadsheet-formula.js';
import { LinkCsvError } from './link-csv-error.js';
import { linkCsvHeaders } from './link-csv-headers.js';
import type { LinkProblem } from './link-problem.js';
import { validateLinks } from './validate-links.js';

/** Options of {@link readLinksCsv}. */
export interface ReadLinksCsvOptions {
  /**
   * How to decode the bytes. `auto`: a BOM decides, else valid UTF-8 is UTF-8, else CP932.
   * @default 'auto'
   */
  encoding?: 'auto' | 'utf-8' | 'cp932';
  /** KOT's employees, to check every employee code (see {@link validateLinks}). */
  directory?: EmployeeDirectory;
}

/** What {@link readLinksCsv} found. */
export interface ReadLinksCsvResult {
  /** The rows, normalised; rows with errors are included (their problems name their lines). */
  links: AccountLink[];
  /** Everything wrong with the file, by line. */
  problems: LinkProblem[];
  /** How the bytes were decoded. */
  encoding: CsvEncoding;
  /** The field separator found in the header line. */
  delimiter: ',' | '\t';
}

const optionsSchema = z.object({
  encoding: z.enum(['auto', 'utf-8', 'cp932']).optional(),
  directory: employeeDirectorySchema.optional(),
});

const encodingNames: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 with BOM',
  cp932: 'CP932 (Shift_JIS)',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
};

/**
 * Reads PC Login's linking (紐づけ) CSV: header `連携種別, 種別コード, 打刻先アカウント, 姓・名,
 * サービスアカウント` (in any order; the vendor manual's variant without 種別コード too; header
 * names compared after NFKC without spaces), values quoted or not, comma- or tab-separated,
 * UTF-8 with or without BOM, UTF-16 with BOM, or CP932 — detected. Nothing is thrown for a bad
 * file: every problem is returned with its line and a fix, and the rows that could be read are
 * returned too. The rows go through {@link validateLinks}.
 *
 * @throws {@link LinkCsvError} `invalid-options` only.
 * @example
 * const { links, problems } = readLinksCsv(await readFile('links.csv'), { directory });
 * if (problems.some((p) => p.severity === 'error')) { … }
 * const resolver = createAccountResolver(links);
 */
export function readLinksCsv(bytes: Uint8Array, options: ReadLinksCsvOptions = {}): ReadLinksCsvResult {
  const parsedOptions = optionsSchema.safeParse(options);
  if (!parsedOptions.success) {
    const issue = parsedOptions.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    throw new LinkCsvError('invalid-options', `readLinksCsv: option ${field}: ${issue?.message}`, { field });
  }
  const { encoding, text } = decodeCsvBytes(bytes, options.encoding);
  const firstLine = /^[^\r\n]*/.exec(text.replace(/^[\r\n]+/, ''))?.[0] ?? '';
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const result = (links: AccountLink[], problems: LinkProblem[]): ReadLinksCsvResult => ({
    links,
    problems: sortProblems(problems),
    encoding,
    delimiter,
  });

  // Parse the text re-encoded as UTF-8: the reader reports positions in UTF-8 bytes, and
  // line numbers come from those positions (its own line counts go wrong after a quoted CRLF).
  const utf8 = Buffer.from(text, 'utf8');
  const lines = new LineIndex(utf8);
  const problems: LinkProblem[] = [];
  const rows: Array<{ record: string[]; line: number }> = [];
  let end = 0;
  parse(utf8, {
    delimiter,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_record: (record: string[], context) => {
      rows.push({ record, line: lines.recordStart(context.bytes, record) });
      end = context.bytes;
      return null;
    },
    on_skip: (error) => {
      problems.push({
        line: lines.lineAfter(end),
        severity: 'error',
        code: 'csv-syntax',
        values: { reason: error?.message ?? 'unknown error' },
        message: `A row here could not be read as CSV (${error?.message ?? 'unknown error'}); it was skipped, with any lines it swallowed.`,
        fix: 'Check the quotes (") on this row: a quoted value must end with a quote followed by a separator.',
      });
    },
  });

  const header = rows.shift();
  if (!header) {
    problems.push({
      line: 1,
      severity: 'error',
      code: 'empty-file',
      values: { encoding: encodingNames[encoding], header: linkCsvHeaders.join(',') },
      message: `The linking file has no header and no rows (read as ${encodingNames[encoding]}).`,
      fix: `Export the file again from PC Login or \`pclogin-agent\`; its first line is ${linkCsvHeaders.join(',')}.`,
    });
    return result([], problems);
  }
  // Remarks on the header's columns only make sense once it is known to be the header.
  const headerProblems: LinkProblem[] = [];
  const columns = mapHeader(header.record, header.line, headerProblems);
  if (columns.employeeCode === undefined || columns.serviceAccount === undefined) {
    const recognised = Object.keys(columns).length > 0;
    const missing = linkColumns
      .filter(
        (c) => (c.field === 'employeeCode' || c.field === 'serviceAccount') && columns[c.field] === undefined,
      )
      .map((c) => c.header);
    problems.push({
      line: header.line,
      severity: 'error',
      code: recognised ? 'missing-column' : 'missing-header',
      values: {
        missing: missing.join(' / '),
        first: JSON.stringify(header.record.slice(0, 5)),
        encoding: encodingNames[encoding],
        header: linkCsvHeaders.join(','),
      },
      message: recognised
        ? `The header has no column ${missing.join(' or ')}.`
        : `The first line is not the header of a linking file: ${JSON.stringify(header.record.slice(0, 5))} (read as ${encodingNames[encoding]}).`,
      fix: `Make the first line ${linkCsvHeaders.join(',')}: the columns are found by these names.`,
    });
    return result([], problems);
  }
  problems.push(...headerProblems);

  const width = header.record.length;
  const raw: AccountLink[] = [];
  for (const { record, line } of rows) {
    if (record.every((cell) => cell.trim() === '')) continue;
    const extra = record.slice(width).filter((cell) => cell.trim() !== '');
    if (record.length < width || extra.length > 0) {
      problems.push({
        line,
        severity: 'warning',
        code: 'field-count',
        values: {
          fields: String(record.length),
          width: String(width),
          extra: extra.length > 0 ? JSON.stringify(extra) : '',
        },
        message: `This row has ${record.length} fields; the header has ${width}.${extra.length > 0 ? ` Ignored: ${JSON.stringify(extra)}.` : ' Missing fields are read as empty.'}`,
        fix: 'Check for a missing or extra separator on this row (a comma inside a name must be quoted).',
      });
    }
    if (record.some((cell) => cell.includes('\uFFFD'))) {
      problems.push({
        line,
        severity: 'warning',
        code: 'invalid-bytes',
        values: { encoding: encodingNames[encoding] },
        message: `This row has bytes that are not ${encodingNames[encoding]} text (shown as �).`,
        fix: 'Save the file again as UTF-8 or Shift_JIS (CP932) from a text editor.',
      });
    }
    const cell = (field: keyof LinkRow) => {
      const index = columns[field];
      // The apostrophe writeLinksCsv puts before a formula-like value is not part of the value.
      return index === undefined ? '' : restoreFormula(record[index] ?? '');
    };
    raw.push({
      lineNumber: line,
      linkType: cell('linkType'),
      typeCode: cell('typeCode'),
      employeeCode: cell('employeeCode'),
      name: cell('name'),
      serviceAccount: cell('serviceAccount'),
    });
  }
  const validated = validateLinks(raw, options.directory);
  return result(validated.links, [...problems, ...validated.problems]);
}

function mapHeader(
  cells: string[],
  line: number,
  problems: LinkProblem[],
): Partial<Record<keyof LinkRow, number>> {
  const columns: Partial<Record<keyof LinkRow, number>> = {};
  cells.forEach((cell, index) => {
    const key = headerKey(cell);
    const column = linkColumns.find((c) => c.aliases.includes(key));
    if (!column) {
      if (key !== '') {
        problems.push({
          line,
          severity: 'info',
          code: 'unknown-column',
          values: { column: String(index + 1), name: cell },
          message: `Column ${index + 1} "${cell}" is not a column of the linking file; it is ignored.`,
          fix: 'Nothing needed.',
        });
      }
      return;
    }
    if (columns[column.field] !== undefined) {
      problems.push({
        line,
        severity: 'warning',
        code: 'duplicate-column',
        values: {
          name: column.header,
          first: String((columns[column.field] ?? 0) + 1),
          second: String(index + 1),
        },
        field: column.header,
        message: `Column ${column.header} appears twice (columns ${(columns[column.field] ?? 0) + 1} and ${index + 1}); the first is used.`,
        fix: 'Delete the extra column.',
      });
      return;
    }
    columns[column.field] = index;
  });
  return columns;
}
