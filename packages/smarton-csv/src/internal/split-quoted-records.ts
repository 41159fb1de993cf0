import { parse } from 'csv-parse/sync';

/**
 * Splits records that contain double quotes into fields with csv-parse. Called with a run of
 * consecutive quoted records at once (one csv-parse call per run rather than per row, which
 * matters when every field of every row is quoted). Returns `undefined` when csv-parse
 * rejects the text, so that the caller can retry row by row and report the bad one.
 *
 * The text is a unit string (see `unit-codec.ts`): csv-parse only looks at quotes,
 * delimiters and line ends, which are the same units in every supported encoding, and gives
 * back each field's units unchanged.
 */
export function splitQuotedRecords(text: string, delimiter: string): string[][] | undefined {
  try {
    return parse(text, {
      delimiter,
      quote: '"',
      escape: '"',
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      record_delimiter: ['\r\n', '\n'],
      bom: false,
    }) as string[][];
  } catch {
    return undefined;
  }
}
