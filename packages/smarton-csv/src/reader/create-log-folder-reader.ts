import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { LogEvent } from '@pclogin/core';
import { CheckpointError } from '../errors/checkpoint-error.js';
import { LogFileError } from '../errors/log-file-error.js';
import { SmartonCsvOptionsError } from '../errors/smarton-csv-options-error.js';
import { fileNamePattern } from '../internal/file-name-pattern.js';
import {
  continuesFrom,
  heldBackReason,
  type ListedFile,
  readFileIncrement,
} from '../internal/read-file-increment.js';
import type { ParseIssue } from '../issues/parse-issue.js';
import { resolveSmartonCsvOptions } from '../options/smarton-csv-options.js';
import {
  type LogFileCheckpoint,
  type LogFolderCheckpoint,
  logFolderCheckpointSchema,
} from './log-folder-checkpoint.js';
import type { LogFolderReadResult, PendingFile } from './log-folder-read-result.js';
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

/** Errors that mean "someone else has the file right now", worth retrying later. */
const TRANSIENT = new Set(['EBUSY', 'EPERM', 'EACCES', 'EAGAIN', 'EMFILE', 'ENFILE']);

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
    matches: fileNamePattern(pattern ?? '*.csv'),
    quietPeriodMs: quietPeriodMs ?? 120_000,
    clock: clock ?? Date.now,
    openFile: openFile ?? defaultOpen,
    csv: resolved,
  };
}

async function listFiles(directory: string, matches: (name: string) => boolean) {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch (cause) {
    throw new LogFileError(directory, cause);
  }
  const files: ListedFile[] = [];
  const pending: PendingFile[] = [];
  for (const name of names) {
    if (!matches(name)) continue;
    const path = join(directory, name);
    try {
      const s = await stat(path, { bigint: true });
      if (!s.isFile()) continue;
      files.push({
        name,
        path,
        size: Number(s.size),
        mtimeMs: Number(s.mtimeMs),
        fileId: s.ino !== 0n ? `${s.dev}:${s.ino}` : undefined,
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      // A file deleted between listing and stat is simply gone.
      if (TRANSIENT.has(code))
        pending.push({ file: path, code: 'locked', reason: `Cannot look at it now (${code}).` });
    }
  }
  files.sort((a, b) => a.mtimeMs - b.mtimeMs || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { files, pending };
}

/** Runs `fn` on an open file; `undefined` when it cannot be opened now. */
async function withFile<T>(
  openFile: (path: string) => Promise<ReadableFileHandle>,
  path: string,
  fn: (handle: ReadableFileHandle) => Promise<T>,
): Promise<T | undefined> {
  let handle: ReadableFileHandle;
  try {
    handle = await openFile(path);
  } catch {
    return undefined;
  }
  try {
    return await fn(handle);
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}

/**
 * Pairs each file with the checkpoint entry it continues. A file keeps the entry of its name
 * while it still holds what was read (or has not changed at all). Entries no file continues
 * under their name — the file is gone, or its name now holds other content — may be taken by
 * a file under another name that holds their content: a log rotated by renaming continues
 * where it was, and the new file under the old name is read from its start. A file whose own
 * entry is not continued and not taken by another file gets it back, so that its replacement
 * is noticed and reported.
 */
async function matchEntries(
  files: readonly ListedFile[],
  previous: LogFolderCheckpoint,
  openFile: (path: string) => Promise<ReadableFileHandle>,
): Promise<Map<string, { entry: LogFileCheckpoint | undefined; continues: boolean }>> {
  const matched = new Map<string, { entry: LogFileCheckpoint | undefined; continues: boolean }>();
  const unmatched = new Map(Object.entries(previous.files).filter(([, e]) => e.offset > 0));
  const seeking: ListedFile[] = [];
  for (const file of files) {
    const entry = previous.files[file.name];
    if (!entry) {
      seeking.push(file);
      continue;
    }
    const unchanged =
      entry.size === file.size && entry.mtimeMs === file.mtimeMs && entry.fileId === file.fileId;
    // A file that cannot be opened now keeps its entry: it is reported pending later.
    const continues =
      unchanged ||
      entry.offset === 0 ||
      (file.size >= entry.offset &&
        (await withFile(openFile, file.path, (h) => continuesFrom(h, file.size, entry))) !== false);
    if (continues) {
      matched.set(file.name, { entry, continues: true });
      unmatched.delete(file.name);
    } else seeking.push(file);
  }
  for (const file of seeking) {
    for (const [name, entry] of unmatched) {
      if (name === file.name || file.size < entry.offset) continue;
      if (await withFile(openFile, file.path, (h) => continuesFrom(h, file.size, entry))) {
        matched.set(file.name, { entry, continues: true });
        unmatched.delete(name);
        break;
      }
    }
  }
  for (const file of seeking) {
    if (matched.has(file.name)) continue;
    const own = unmatched.get(file.name);
    matched.set(file.name, { entry: own, continues: false });
    unmatched.delete(file.name);
  }
  return matched;
}

function validCheckpoint(checkpoint: unknown): LogFolderCheckpoint {
  if (checkpoint === undefined || checkpoint === null) return { version: 1, files: {} };
  const result = logFolderCheckpointSchema.safeParse(checkpoint);
  if (result.success) return result.data;
  throw new CheckpointError(result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
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
 *   const { events, checkpoint: next, done } = await reader.read(checkpoint, { maxEvents: 50_000 });
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
      return { events, issues, checkpoint: { version: 1, files: next }, pending, done };
    },
  };
}
