import type { LogEventKind } from '@pclogin/core';
import type { ParseIssue, ParseIssueCode } from '../issues/parse-issue.js';
import type { LogFileEncoding } from '../layout/detected-layout.js';
import type { ColumnRole } from '../schema/column-role.js';

/** One column as `inspect` shows it. */
export interface InspectedColumn {
  /** 0-based index. */
  index: number;
  /** Its header name, when the file has a header. */
  name: string | null;
  /** What it was taken for, or `null` when it is not used. */
  role: ColumnRole | null;
  /** How the role was decided: set in the options, by the header name, or from the values. */
  decidedBy: 'configured' | 'header' | 'inferred' | null;
  /** Its value in the first data row. */
  example: string | null;
}

/**
 * What `inspect` found out about a log file: how it was read and what in it was not
 * understood. Plain JSON.
 */
export interface LogFileInspection {
  file: string;
  /** File size in bytes. */
  bytes: number;
  encoding: {
    name: LogFileEncoding | null;
    /** `bom`, `configured` or `content` (valid UTF-8, else CP932). */
    decidedBy: 'bom' | 'configured' | 'content' | null;
    /** Whether the file starts with a byte order mark. */
    bom: boolean;
  };
  delimiter: { char: string; name: string; decidedBy: 'configured' | 'content' } | null;
  header: {
    present: boolean;
    names: string[];
    line: number | null;
    decidedBy: 'configured' | 'content';
  } | null;
  /** Every column, with its role. */
  columns: InspectedColumn[];
  /** Why the columns could not be found, or `null` when they were. */
  layoutProblem: string | null;
  /** Timestamp formats seen, with the rows in each, most common first. */
  timeFormats: { format: string; rows: number }[];
  /** Event words seen, with their kind and rows, most common first. */
  eventWords: { word: string; kind: LogEventKind; known: boolean; rows: number }[];
  /** Event words outside the vocabulary (read as kind `other`). */
  unknownWords: string[];
  /** Data rows (not the header, not empty lines). */
  rows: number;
  /** Events read. */
  events: number;
  /** Empty lines skipped. */
  emptyLines: number;
  /** Rows skipped and why (the first 100). */
  badLines: Pick<ParseIssue, 'line' | 'offset' | 'code' | 'reason' | 'text'>[];
  /** All skipped rows. */
  badLineCount: number;
  /** Every issue by code. */
  issueCounts: Partial<Record<ParseIssueCode, number>>;
}
