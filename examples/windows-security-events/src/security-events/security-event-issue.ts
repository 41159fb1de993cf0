/**
 * Machine-readable codes of the problems the parser reports. Each problem skips one record
 * (or, for `missing-column`, one file) and the parser keeps going.
 *
 * - `missing-column`: the header lacks `Id`, `TimeCreated`, or both `Message` and `TargetUserName`
 * - `malformed-record`: a CSV record that cannot be read, or has a different number of fields than the header
 * - `bad-event-id`: the `Id` field is not a number
 * - `bad-time`: `TimeCreated` is not a date and time the parser understands
 * - `no-account`: neither a `TargetUserName` column nor the message names the account
 * - `encoding-damaged`: `?` where letters should be: the file was written by Windows PowerShell 5.1 as ASCII
 */
export const securityEventIssueCodes = [
  'missing-column',
  'malformed-record',
  'bad-event-id',
  'bad-time',
  'no-account',
  'encoding-damaged',
] as const;

/** One of {@link securityEventIssueCodes}. */
export type SecurityEventIssueCode = (typeof securityEventIssueCodes)[number];

/** A problem in an export file: where it is, what is wrong, and how to fix it. */
export interface SecurityEventIssue {
  /** See {@link securityEventIssueCodes}. */
  code: SecurityEventIssueCode;
  /** The file, as given to the parser. */
  file: string;
  /** 1-based line where the record starts (a record spans several lines: `Message` is multi-line). */
  line: number;
  /** The column concerned, when there is one. */
  column?: string;
  /** What is wrong, with the offending value. */
  message: string;
  /** What to do about it. */
  fix: string;
}
