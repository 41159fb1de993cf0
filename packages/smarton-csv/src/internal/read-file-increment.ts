import type { LogEvent } from '@pclogin/core';
import type { ParseIssue } from '../issues/parse-issue.js';
import type { ResolvedSmartonCsvOptions } from '../options/smarton-csv-options.js';
import type { LogFileState } from '../reader/log-folder-checkpoint.js';
import type { PendingFile } from '../reader/log-folder-read-result.js';
import type { ReadableFileHandle } from '../reader/log-folder-reader-options.js';
import { anchorAt, anchorHolds, HEAD_BYTES, TAIL_BYTES } from './content-anchor.js';
import { RecordParser } from './record-parser.js';

const CHUNK_BYTES = 64 * 1024;

/** A file found in the folder. */
export interface ListedFile {
  name: string;
  path: string;
  size: number;
  mtimeMs: number;
  fileId: string | undefined;
}

/** How to read one file this time. */
export interface IncrementRequest {
  file: ListedFile;
  handle: ReadableFileHandle;
  /** Where the file was left, or undefined for a file never read. */
  entry: LogFileState | undefined;
  /** Whether the file is known to still hold what `entry` read (checked by the caller). */
  continues: boolean;
  options: ResolvedSmartonCsvOptions;
  /** Whether an unterminated last line may be read as it is (not newest, quiet). */
  mayFlush: boolean;
  maxEvents: number;
  maxBytes: number;
  quietPeriodMs: number;
  /** Stop between two chunks once this fires (like a limit: the rest is read next time). */
  signal?: AbortSignal | undefined;
  /** A hash of the reading options, recorded with a file whose layout failed. */
  optionsKey: string;
}

/** What reading one file gave. */
export interface IncrementResult {
  /** The file's next checkpoint entry (none when a first read failed). */
  entry: LogFileState | undefined;
  events: LogEvent[];
  issues: ParseIssue[];
  pending: PendingFile | undefined;
  bytesRead: number;
  /** Whether complete lines were left unread because of a limit. */
  unread: boolean;
}

/** Why an unchanged file whose layout could not be recognised is not read again, for the user. */
export const UNREADABLE_REASON =
  'Its layout could not be recognised (an issue said why when it was read); it is not read again until the file changes.';

/** Why the end of a file waits, for the user. */
export function heldBackReason(code: 'unterminated-line' | 'unclosed-quote', quietPeriodMs: number): string {
  const what =
    code === 'unclosed-quote'
      ? 'The last row opens a double quote that is not closed yet; it is read once closed'
      : 'The last line has no line end yet; it is read once complete';
  return `${what}, or once a newer file exists and this one has been unchanged for ${Math.round(quietPeriodMs / 1000)} s.`;
}

function readErrorPending(file: string, offset: number, error: unknown): PendingFile {
  const message = error instanceof Error ? error.message : String(error);
  return {
    file,
    code: 'read-error',
    reason: `Reading stopped at byte ${offset}: ${message}. The rest is read next time.`,
  };
}

/**
 * Whether the file still holds what was read from it: at least `offset` bytes, the same first
 * bytes and the same bytes just before `offset`. Cheap (two small reads) and independent of
 * what the file system says about identity, which on Windows may be nothing.
 */
export async function continuesFrom(handle: ReadableFileHandle, size: number, entry: LogFileState) {
  if (size < entry.offset) return false;
  return (await anchorHolds(handle, entry.head, size)) && (await anchorHolds(handle, entry.tail, size));
}

/**
 * Reads what is new in one file since `entry` and returns the file's next checkpoint entry.
 *
 * When the file no longer continues what was read (it shrank, or its first bytes or the bytes
 * before the old offset changed), it is read again from the start, re-detecting its layout:
 * - if its first bytes (up to 4096) are still the ones read before, it is taken to be the same
 *   log rewritten or cut back, and its first `entry.line` lines, which were returned before,
 *   are not returned again;
 * - otherwise it is a new log under the old name and every line is returned.
 * Either way an issue (`file-truncated` or `file-replaced`) says so.
 */
export async function readFileIncrement(request: IncrementRequest): Promise<IncrementResult> {
  const { file, handle, options } = request;
  let entry = request.entry;
  const issues: ParseIssue[] = [];
  let skipThroughLine = 0;
  if (entry && !request.continues) {
    const truncated = file.size < entry.offset;
    const sameHead = await anchorHolds(handle, entry.head, file.size);
    skipThroughLine = sameHead ? entry.line : 0;
    issues.push({
      file: file.path,
      line: 0,
      code: truncated ? 'file-truncated' : 'file-replaced',
      severity: 'warning',
      reason:
        (truncated
          ? `The file shrank from at least ${entry.offset} to ${file.size} bytes since the last read; it is read again from the start`
          : 'The file no longer holds the lines read last time (it was replaced or rewritten); it is read again from the start') +
        (sameHead
          ? `, and as it starts with the same bytes, its first ${entry.line} lines, returned before, are not returned again.`
          : ', and as it starts differently, all its lines are new.'),
      text: '',
    });
    entry = undefined;
  }
  const start = entry?.offset ?? 0;
  const parser = new RecordParser({
    file: file.path,
    options,
    layout: entry?.layout,
    startOffset: start,
    linesBefore: entry?.line ?? 0,
    skipThroughLine,
    maxEvents: request.maxEvents,
    skippingLine: entry?.skippingLine === true,
  });
  let position = start;
  let bytesRead = 0;
  let limited = false;
  let readError: unknown;
  try {
    while (position < file.size) {
      const length = Math.min(CHUNK_BYTES, file.size - position);
      const buffer = Buffer.allocUnsafe(length);
      const { bytesRead: n } = await handle.read(buffer, 0, length, position);
      if (n === 0) break;
      parser.push(n === length ? buffer : buffer.subarray(0, n));
      position += n;
      bytesRead += n;
      if (parser.stopped) break;
      if (request.signal?.aborted && position < file.size) {
        limited = true;
        break;
      }
      if (bytesRead >= request.maxBytes && parser.consumedOffset > start && position < file.size) {
        limited = true;
        break;
      }
    }
  } catch (error) {
    // Keep what was read before the error: the checkpoint records exactly that.
    readError = error;
  }
  const reachedEnd = position >= file.size && readError === undefined;
  parser.finish(reachedEnd && !parser.stopped && request.mayFlush);
  const { events, issues: rowIssues } = parser.drain();
  for (const i of rowIssues) issues.push(i);

  const offset = parser.consumedOffset;
  let head: LogFileState['head'];
  let tail: LogFileState['tail'];
  try {
    head =
      entry && entry.head.length === HEAD_BYTES
        ? entry.head
        : await anchorAt(handle, 0, Math.min(offset, HEAD_BYTES));
    const tailStart = Math.max(0, offset - TAIL_BYTES);
    tail =
      entry && entry.offset === offset ? entry.tail : await anchorAt(handle, tailStart, offset - tailStart);
  } catch (error) {
    // Without anchors the next read could not tell an append from a replacement: return
    // nothing from this file now and read the same bytes again next time.
    return {
      entry: request.entry,
      events: [],
      issues: [],
      pending: readErrorPending(file.path, request.entry?.offset ?? 0, error),
      bytesRead,
      unread: false,
    };
  }
  // Only the end of the file is held back; a read stopped earlier (limit, error) just goes on.
  // A layout that failed for good is marked so: the reader reads the file again only once it changed.
  const heldBack = reachedEnd ? (parser.heldBack ?? (parser.failed ? 'unreadable' : undefined)) : undefined;
  const next: LogFileState = {
    offset,
    line: parser.consumedLines,
    size: file.size,
    mtimeMs: file.mtimeMs,
    head,
    tail,
  };
  if (file.fileId) next.fileId = file.fileId;
  const layout = parser.layout ?? entry?.layout;
  if (layout) next.layout = layout;
  if (heldBack) next.heldBack = heldBack;
  if (heldBack === 'unreadable') next.unreadableWith = request.optionsKey;
  if (parser.skippingLine) next.skippingLine = true;

  let pending: PendingFile | undefined;
  if (readError !== undefined) {
    const message = readError instanceof Error ? readError.message : String(readError);
    pending = {
      file: file.path,
      code: 'read-error',
      reason: `Reading stopped at byte ${offset}: ${message}. The rest is read next time.`,
    };
  } else if (heldBack === 'layout' || heldBack === 'unreadable') {
    pending = {
      file: file.path,
      code: 'layout',
      reason: parser.layoutProblem?.reason ?? 'The layout of the file is not decided yet.',
    };
  } else if (heldBack) {
    pending = { file: file.path, code: heldBack, reason: heldBackReason(heldBack, request.quietPeriodMs) };
  }
  const unread = (parser.stopped || limited) && offset < file.size;
  return { entry: next, events, issues, pending, bytesRead, unread };
}
