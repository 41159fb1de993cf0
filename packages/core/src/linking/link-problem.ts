/** How serious a {@link LinkProblem} is. `error`: the row cannot be used as is; `warning`: it was used after a change or looks suspicious; `info`: for the record. */
export type LinkProblemSeverity = 'error' | 'warning' | 'info';

/**
 * What is wrong, machine-readable:
 * - `empty-file`: no header and no rows.
 * - `missing-header`: the first line is not the header (連携種別, 種別コード, 打刻先アカウント, 姓・名, サービスアカウント).
 * - `missing-column`: the header lacks 打刻先アカウント or サービスアカウント.
 * - `duplicate-column`, `unknown-column`: a header column twice (the first is used), or one pclogin does not know (ignored).
 * - `csv-syntax`: a row the CSV reader could not read (e.g. a quote never closed); it was skipped.
 * - `invalid-bytes`: bytes that are not text in the detected encoding (shown as �).
 * - `field-count`: a row with a different number of fields than the header.
 * - `normalized`: full-width characters, stray spaces or an Excel `="…"` wrapper were removed from a code.
 * - `excel-number`: a code Excel turned into a number in exponent form (`1.23E+11`); the digits are lost.
 * - `empty-employee-code`: a service account without an employee code.
 * - `unknown-employee`: an employee code KING OF TIME does not have (with a zero-padding suggestion when one matches).
 * - `possible-leading-zero-loss`: a numeric code shorter than the file's zero-padded codes (Excel damage?).
 * - `duplicate-account`: one service account linked to two employees; neither link is used.
 * - `duplicate-row`: the same link twice.
 * - `duplicate-employee`: one employee linked from two service accounts (both punch for that employee).
 * - `unlinked`: an employee without a service account, who gets no punches.
 * - `service-account-not-in-logs`: a linked サービスアカウント never appears in the logs while its
 *   zero-padded form does (Excel damage on the account side).
 * - `spreadsheet-formula`: a service account or name that starts like a spreadsheet formula (`=`, `+`, `-`, `@`).
 */
export type LinkProblemCode =
  | 'empty-file'
  | 'missing-header'
  | 'missing-column'
  | 'duplicate-column'
  | 'unknown-column'
  | 'csv-syntax'
  | 'invalid-bytes'
  | 'field-count'
  | 'normalized'
  | 'excel-number'
  | 'empty-employee-code'
  | 'unknown-employee'
  | 'possible-leading-zero-loss'
  | 'duplicate-account'
  | 'duplicate-row'
  | 'duplicate-employee'
  | 'unlinked'
  | 'service-account-not-in-logs'
  | 'spreadsheet-formula';

/** A problem found in a linking CSV: where, how bad, what, and how to fix it. */
export interface LinkProblem {
  /** The 1-based line of the file (1 for the header and for problems of the whole file). */
  line: number;
  severity: LinkProblemSeverity;
  code: LinkProblemCode;
  /** What is wrong, naming the field and values. */
  message: string;
  /** What to do about it. */
  fix: string;
  /** The column concerned, by its header name (e.g. `打刻先アカウント`), when there is one. */
  field?: string;
  /**
   * The values {@link LinkProblem.message} names (the account, the codes, the lines…), by name,
   * so that a user interface can say the same in another language.
   */
  values?: Readonly<Record<string, string>>;
}
