import { open } from 'node:fs/promises';
import type { LogEvent } from '@pclogin/core';
import { CheckpointError } from '../errors/checkpoint-error.js';
import { SmartonCsvOptionsError } from '../errors/smarton-csv-options-error.js';
import { listFiles, TRANSIENT } from '../internal/list-log-files.js';
import { matchEntries } from '../internal/match-checkpoint-entries.js';
import { heldBackReason, type ListedFile, readFileIncrement } from '../internal/read-file-increment.js';
import type { ParseIssue } from '../issues/parse-issue.js';
import { resolveSmartonCsvOptions } from '../options/smarton-csv-options.js';
import { fileNameMatcher } from './file-name-matcher.js';
import {
  type LogFileCheckpoint,
  type LogFolderCheckpoint,
  logFolderCheckpointSchema,
} from './log-folder-checkpoint.js';
import type { LogFolderProgress, LogFolderReadResult } from './log-folder-read-result.js';
import type {
  LogFolderReaderOptions,
  LogFolderReadLimits,
  ReadableFileHandle,
} from './log-folder-reader-options.js';

/** Reads a log folder incrementally; see {@link createLogFolderReader}. */
export interface LogFolderReader {
  /** The folder read. */
  readonly directory: string;
  /**
   * Returns the events written since `checkpoint` (everything when there is none) and the
   * checkpoint to pass next time.
   *
   * @throws {LogFileError} when the folder itself cannot be listed.
   * @throws {CheckpointError} when `checkpoint` is not one this reader wrote.
   */
  read(checkpoint?: LogFolderCheckpoint, limits?: LogFolderReadLimits): Promise<LogFolderReadResult>;
}

const defaultOpen = (path: string): Promise<ReadableFileHandle> => open(path, 'r');

function splitOptions(options: LogFolderReaderOptions) {
  const { directory, pattern, quietPeriodMs, clock, openFile, ...csv } = options;
  const problems: { path: string; message: string }[] = [];
  if (typeof directory !== 'string' || directory.trim() === '') {
    problems.push({ path: 'directory', message: 'the log folder is required' });
  }
  if (
    pattern !== undefined &&
    !(pattern instanceof RegExp) &&
    (typeof pattern !== 'string' || pattern === '')
  ) {
    problems.push({ path: 'pattern', message: 'a file name glob such as *.csv, or a RegExp' });
  }
  if (quietPeriodMs !== undefined && !(Number.isFinite(quietPeriodMs) && quietPeriodMs >= 0)) {
    problems.push({ path: 'quietPeriodMs', message: 'milliseconds, 0 or more' });
  }
  let resolved: ReturnType<typeof resolveSmartonCsvOptions> | undefined;
  try {
    resolved = resolveSmartonCsvOptions(csv);
  } catch (error) {
    if (!(error instanceof SmartonCsvOptionsError)) throw error;
    problems.push(...error.problems);
  }
  if (problems.length > 0 || !resolved) throw new SmartonCsvOptionsError(problems);
  return {
    directory,
    matches: fileNameMatcher(pattern ?? '*.csv'),
    quietPeriodMs: quietPeriodMs ?? 120_000,
    clock: clock ?? Date.now,
    openFile: openFile ?? defaultOpen,
    csv: resolved,
  };
}

function validCheckpoint(checkpoint: unknown): LogFolderCheckpoint {
  if (checkpoint === undefined || checkpoint === null) return { version: 1, files: {} };
  const result = logFolderCheckpointSchema.safeParse(checkpoint);
  if (result.success) return result.data;
  throw new CheckpointError(result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
}

/** Bytes read (checkpoint offsets) and current sizes over the files listed. */
function progressOf(
  files: readonly ListedFile[],
  next: Record<string, LogFileCheckpoint>,
): LogFolderProgress {
  let bytesRead = 0;
  let bytesTotal = 0;
  for (const file of files) {
    // A file cut back since the read that a limit kept from re-reading still has its old offset.
    bytesRead += Math.min(next[file.name]?.offset ?? 0, file.size);
    bytesTotal += file.size;
  }
  return { bytesRead, bytesTotal };
}

/**
 * Creates a reader that returns what the log server appended to the files of a folder since
 * the last read. Each `read` takes the previous checkpoint and returns new events and the next
 * checkpoint; it reads only appended bytes, holds back an unfinished last line, notices
 * files that were cut back, replaced or renamed, and reports locked files as pending without
 * losing anything. See the README's "Reading a folder incrementally" for the exact rules.
 *
 * @throws {SmartonCsvOptionsError} when the options are invalid.
 * @example
 * const reader = createLogFolderReader({ directory: 'D:/SmartOn/Log' });
 * let checkpoint = loadCheckpoint(); // undefined the first time
 * for (;;) {
 *   const { events, checkpoint: next, done } = await reader.read(checkpoint, { maxEvents: 5_000 });
 *   await saveEventsAndCheckpoint(events, next); // in one transaction
 *   checkpoint = next;
 *   if (done) break;
 * }
 */
export function createLogFolderReader(options: LogFolderReaderOptions): LogFolderReader {
  const config = splitOptions(options);
  return {
    directory: config.directory,
    async read(checkpoint, limits = {}) {
      const previous = validCheckpoint(checkpoint);
      const now = config.clock();
      const { files, pending } = await listFiles(config.directory, config.matches);
      const entries = await matchEntries(files, previous, config.openFile);
      const next: Record<string, LogFileCheckpoint> = {};
      const events: LogEvent[] = [];
      const issues: ParseIssue[] = [];
      let eventsLeft = limits.maxEvents ?? Number.POSITIVE_INFINITY;
      let bytesLeft = limits.maxBytes ?? Number.POSITIVE_INFINITY;
      let done = true;
      const newest = files.at(-1);

      for (const file of files) {
        const { entry, continues } = entries.get(file.name) ?? { entry: undefined, continues: false };
        const mayFlush = file !== newest && now - file.mtimeMs >= config.quietPeriodMs;
        const unchanged =
          entry !== undefined &&
          entry.size === file.size &&
          entry.mtimeMs === file.mtimeMs &&
          entry.fileId === file.fileId &&
          entry.heldBack !== 'layout';
        if (entry && unchanged && (entry.offset >= file.size || (entry.heldBack && !mayFlush))) {
          next[file.name] = entry;
          if (entry.heldBack && entry.heldBack !== 'layout' && entry.offset < file.size) {
            pending.push({
              file: file.path,
              code: entry.heldBack,
              reason: heldBackReason(entry.heldBack, config.quietPeriodMs),
            });
          }
          continue;
        }
        if (!entry && file.size === 0) continue;
        if (eventsLeft <= 0 || bytesLeft <= 0) {
          if (entry) next[file.name] = entry;
          done = false;
          continue;
        }
        let handle: ReadableFileHandle;
        try {
          handle = await config.openFile(file.path);
        } catch (error) {
          if (entry) next[file.name] = entry;
          const code = (error as NodeJS.ErrnoException).code ?? 'error';
          if (code === 'ENOENT') continue;
          pending.push({
            file: file.path,
            code: TRANSIENT.has(code) ? 'locked' : 'read-error',
            reason: `Cannot open it now (${code}${TRANSIENT.has(code) ? ': another program may hold it locked' : ''}); it is tried again on the next read, from where it was left.`,
          });
          continue;
        }
        try {
          const result = await readFileIncrement({
            file,
            handle,
            entry,
            continues,
            options: config.csv,
            mayFlush,
            maxEvents: eventsLeft,
            maxBytes: bytesLeft,
            quietPeriodMs: config.quietPeriodMs,
          });
          if (result.entry) next[file.name] = result.entry;
          for (const e of result.events) events.push(e);
          for (const i of result.issues) issues.push(i);
          if (result.pending) pending.push(result.pending);
          eventsLeft -= result.events.length;
          bytesLeft -= result.bytesRead;
          if (result.unread) done = false;
        } finally {
          await handle.close();
        }
      }
      return {
        events,
        issues,
        checkpoint: { version: 1, files: next },
        pending,
        done,
        progress: progressOf(files, next),
      };
    },
  };
}
