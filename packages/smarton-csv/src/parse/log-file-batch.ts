import type { LogEvent } from '@pclogin/core';
import type { ParseIssue } from '../issues/parse-issue.js';
import type { DetectedLayout } from '../layout/detected-layout.js';

/** Events and issues from one part of a file, in file order. */
export interface LogFileBatch {
  events: LogEvent[];
  issues: ParseIssue[];
  /** The layout, once decided (`null` while undecided or when it could not be decided). */
  layout: DetectedLayout | null;
  /**
   * On the last batch, when the file's last line was left out because it has no line end yet
   * (only with `unterminatedLastLine: 'hold'`): why.
   */
  heldBack?: 'unterminated-line' | 'unclosed-quote';
}

/** Everything read from a file. */
export interface ParsedLogFile {
  events: LogEvent[];
  issues: ParseIssue[];
  /**
   * How the file was read; `null` when the file is empty or its columns could not be found
   * (then an `unrecognised-layout` issue says why).
   */
  layout: DetectedLayout | null;
}
