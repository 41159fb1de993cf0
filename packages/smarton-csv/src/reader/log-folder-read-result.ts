import type { LogEvent } from '@pclogin/core';
import type { ParseIssue } from '../issues/parse-issue.js';
import type { LogFolderCheckpoint } from './log-folder-checkpoint.js';

/** Why a file (or its end) was not read this time; it will be tried again on the next read. */
export type PendingReason = 'locked' | 'read-error' | 'unterminated-line' | 'unclosed-quote' | 'layout';

/** A file, or the end of one, left for a later read. */
export interface PendingFile {
  /** The file's path. */
  file: string;
  /** Machine-readable reason. */
  code: PendingReason;
  /** A sentence for the user. */
  reason: string;
}

/** How far the folder has been read, in bytes, for a progress bar over a long backlog. */
export interface LogFolderProgress {
  /** Bytes read so far (this read included) of the matching files: their checkpoint offsets. */
  bytesRead: number;
  /** The current size of all matching files: `bytesRead` reaches it once everything is read. */
  bytesTotal: number;
}

/** What one `read` returns. */
export interface LogFolderReadResult {
  /** New events, oldest file first, in file order. */
  events: LogEvent[];
  /** Problems found in the rows read (and notes about cut-back or replaced files). */
  issues: ParseIssue[];
  /** Where to continue: pass it to the next `read` once the events are safely processed. */
  checkpoint: LogFolderCheckpoint;
  /** Files or file ends left for later (locked, unfinished last line, layout undecided). */
  pending: PendingFile[];
  /** `false` when a limit stopped the read before everything available was read: call again. */
  done: boolean;
  /**
   * Bytes read and bytes in total over every matching file this read listed, including the
   * files a limit stopped it before (which the checkpoint does not mention yet), so that the
   * total of a catch-up is known from its first batch.
   */
  progress: LogFolderProgress;
}
