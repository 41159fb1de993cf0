/**
 * What went wrong with a row or a file. Codes with severity `error` mean the row was skipped;
 * `warning` means it was kept (or the note is about the file as a whole).
 *
 * | code | severity | meaning |
 * |---|---|---|
 * | `bad-timestamp` | error | the date/time could not be read |
 * | `missing-account` | error | the account column is empty |
 * | `missing-event` | error | the event column is empty |
 * | `column-count` | error | the row has more or fewer fields than the header (or the other rows) |
 * | `undecodable` | error | bytes that are not valid in the file's encoding |
 * | `unclosed-quote` | error | a quoted field never ends; the physical line is skipped |
 * | `record-too-long` | error | no line end for more than 1 MiB; skipped up to the next line end |
 * | `unknown-event` | warning | an event word outside the vocabulary; the row is kept as kind `other` |
 * | `unrecognised-layout` | error | the columns could not be found; nothing in the file was read |
 * | `file-truncated` | warning | the file shrank since the last read; it is read again from the start |
 * | `file-replaced` | warning | the file's content changed since the last read; it is read again from the start |
 */
export const parseIssueCodes = [
  'bad-timestamp',
  'missing-account',
  'missing-event',
  'column-count',
  'undecodable',
  'unclosed-quote',
  'record-too-long',
  'unknown-event',
  'unrecognised-layout',
  'file-truncated',
  'file-replaced',
] as const;

/** One of {@link parseIssueCodes}. */
export type ParseIssueCode = (typeof parseIssueCodes)[number];

/**
 * A problem found while reading a log file, precise enough to find and fix the row. Rows with
 * problems are reported and skipped; the rest of the file is still read.
 */
export interface ParseIssue {
  /** The file, as given (or as found in the folder). */
  file: string;
  /** 1-based line number of the row's first line; 0 for a note about the whole file. */
  line: number;
  /** Byte offset of the row's first byte in the file, when the note is about a row. */
  offset?: number;
  /** Machine-readable code. */
  code: ParseIssueCode;
  /** `error`: the row was skipped. `warning`: the row was kept, or the note is about the file. */
  severity: 'error' | 'warning';
  /** A sentence saying what is wrong and how to fix it. */
  reason: string;
  /** The row as decoded text, cut to 200 characters (empty for file notes). */
  text: string;
}
