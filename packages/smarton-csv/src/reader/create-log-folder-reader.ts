import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import type { LogEvent } from '@pclogin/core';
import { SmartonCsvOptionsError } from '../errors/smarton-csv-options-error.js';
import { acceptCheckpoint } from '../internal/accept-checkpoint.js';
import { CheckpointBuilder } from '../internal/checkpoint-builder.js';
import {
  decodeActive,
  decodeEntry,
  decodeSettled,
  settledLayoutIndex,
} from '../internal/checkpoint-codec.js';
import { byAge, listNames, lookAtFiles, TRANSIENT } from '../internal/list-log-files.js';
import { matchEntries } from '../internal/match-checkpoint-entries.js';
import {
  heldBackReason,
  type ListedFile,
  readFileIncrement,
  UNREADABLE_REASON,
} from '../internal/read-file-increment.js';
import { type SettledFile, SettledFiles } from '../internal/settled-files.js';
import type { ParseIssue } from '../issues/parse-issue.js';
import { resolveSmartonCsvOptions } from '../options/smarton-csv-options.js';
import { fileNameMatcher } from './file-name-matcher.js';
import type { LogFileState, LogFolderCheckpoint, LogFolderCheckpointV1 } from './log-folder-checkpoint.js';
import type { LogFolderReadResult, PendingFile } from './log-folder-read-result.js';
import type {
  LogFileStats,
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
   * checkpoint to pass next time. A checkpoint of format 1 (written by 0.1.0) is accepted and
   * a format 2 one returned. A checkpoint this reader returned is taken as it is; any other
   * (e.g. restored from JSON) is validated first.
   *
   * @throws {LogFileError} when the folder itself cannot be listed.
   * @throws {CheckpointError} when `checkpoint` is not one this reader wrote.
   */
  read(
    checkpoint?: LogFolderCheckpoint | LogFolderCheckpointV1 | null,
    limits?: LogFolderReadLimits,
  ): Promise<LogFolderReadResult>;
}

const defaultOpen = (path: string): Promise<ReadableFileHandle> => open(path, 'r');
const defaultStat = (path: string): Promise<LogFileStats> => stat(path, { bigint: true });

function splitOptions(options: LogFolderReaderOptions) {
  const {
    directory,
    pattern,
    quietPeriodMs,
    clock,
    openFile,
    statFile,
    settledAfterMs,
    recheckSettledPerRead,
    ...csv
  } = options;
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
  if (settledAfterMs !== undefined && !(typeof settledAfterMs === 'number' && settledAfterMs >= 0)) {
    problems.push({ path: 'settledAfterMs', message: 'milliseconds, 0 or more (Infinity: never settle)' });
  }
  if (
    recheckSettledPerRead !== undefined &&
    !(Number.isSafeInteger(recheckSettledPerRead) && recheckSettledPerRead >= 1)
  ) {
    problems.push({ path: 'recheckSettledPerRead', message: 'a whole number of files, 1 or more' });
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
    statFile: statFile ?? defaultStat,
    settledAfterMs: settledAfterMs ?? 3_600_000,
    recheckSettledPerRead: recheckSettledPerRead ?? 16,
    csv: resolved,
  };
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
  // Checkpoints this reader returned (frozen, so still exactly as returned): not validated again.
  const returned = new WeakSet<object>();
  const settledFiles = new SettledFiles();
  // Recorded with a file whose layout failed: other options (e.g. columns configured since) read it again.
  const optionsKey = createHash('sha256').update(JSON.stringify(config.csv)).digest('hex').slice(0, 16);
  return {
    directory: config.directory,
    async read(checkpoint, limits = {}) {
      const previous =
        typeof checkpoint === 'object' && checkpoint !== null && returned.has(checkpoint)
          ? (checkpoint as LogFolderCheckpoint)
          : // Settled entries this reader confirmed itself need no second look at their form.
            acceptCheckpoint(checkpoint, (name, entry, layoutCount) => {
              const known = settledFiles.get(name);
              return known?.entry === entry && (known.layoutIndex ?? -1) < layoutCount;
            });
      const stored = previous.files;
      const storedEntry = (name: string) => (Object.hasOwn(stored, name) ? stored[name] : undefined);
      const now = config.clock();
      const names = await listNames(config.directory, config.matches);

      // Settled files are looked at in rotation; all others on every read.
      const settled: [string, string][] = [];
      const others: string[] = [];
      for (const name of names) {
        const entry = storedEntry(name);
        if (typeof entry === 'string') settled.push([name, entry]);
        else others.push(name);
      }
      const plan = settledFiles.plan(settled, config.recheckSettledPerRead);
      const looked = await lookAtFiles(config.directory, [...others, ...plan.recheck], config.statFile);
      // A file under a new name may be a settled file renamed, with a new file under the old
      // name: look at every settled file, so that the rename is recognised, not read twice.
      if (
        plan.assumed.size > 0 &&
        looked.files.some((f) => f.size > 0 && storedEntry(f.name) === undefined)
      ) {
        const rest = await lookAtFiles(config.directory, [...plan.assumed.keys()], config.statFile);
        looked.files.push(...rest.files);
        looked.pending.push(...rest.pending);
        plan.assumed.clear();
      }

      const files: ListedFile[] = [...plan.assumed.values()];
      // Settled files taken or found unchanged → their entry, carried over as it is.
      const kept = new Map<ListedFile, string>();
      for (const file of plan.assumed.values()) kept.set(file, file.entry);
      // Decoded entries of the files looked at that need attention, and of names now gone.
      const previousStates = new Map<string, LogFileState>();
      const attention: ListedFile[] = [];
      for (const file of looked.files) {
        files.push(file);
        const entry = storedEntry(file.name);
        if (typeof entry === 'string') {
          const known = settledFiles.get(file.name);
          const was = known?.entry === entry ? known : decodeSettled(entry, previous.layouts);
          if (was.size === file.size && was.mtimeMs === file.mtimeMs && was.fileId === file.fileId) {
            const confirmed: SettledFile = { ...file, entry, layoutIndex: settledLayoutIndex(entry) };
            settledFiles.confirm(confirmed);
            kept.set(file, entry);
            continue;
          }
          settledFiles.forget(file.name);
          previousStates.set(file.name, decodeSettled(entry, previous.layouts));
        } else if (entry !== undefined) {
          previousStates.set(file.name, decodeActive(entry, previous.layouts));
        }
        attention.push(file);
      }
      const present = new Set(names);
      let previousCount = 0;
      for (const [name, entry] of Object.entries(stored)) {
        previousCount++;
        if (!present.has(name)) previousStates.set(name, decodeEntry(entry, previous.layouts));
      }
      const builder = new CheckpointBuilder(previous, previousCount);
      const pending: PendingFile[] = [];
      for (const { name, ...rest } of looked.pending) {
        // Not looked at now: keep what is known of it.
        builder.keep(name);
        pending.push(rest);
      }
      files.sort(byAge);
      const entries = await matchEntries(attention, previousStates, config.openFile);
      const events: LogEvent[] = [];
      const issues: ParseIssue[] = [];
      let eventsLeft = limits.maxEvents ?? Number.POSITIVE_INFINITY;
      let bytesLeft = limits.maxBytes ?? Number.POSITIVE_INFINITY;
      let done = true;
      let bytesRead = 0;
      let bytesTotal = 0;
      const newest = files.at(-1);
      /** Records where `file` stands; `unchanged` when `state` is its own previous entry, untouched. */
      const record = (file: ListedFile, state: LogFileState | undefined, unchanged = false) => {
        if (!state) return;
        // A file cut back since the read that a limit kept from re-reading still has its old offset.
        bytesRead += Math.min(state.offset, file.size);
        const settle =
          file !== newest &&
          now - file.mtimeMs >= config.settledAfterMs &&
          state.size === file.size &&
          state.mtimeMs === file.mtimeMs &&
          state.fileId === file.fileId;
        const entry = builder.put(file.name, state, { settle, unchanged });
        // Looked at just now: no need to look again before its turn comes.
        if (entry !== undefined)
          settledFiles.confirm({ ...file, entry, layoutIndex: settledLayoutIndex(entry) });
      };

      for (const file of files) {
        bytesTotal += file.size;
        const carried = kept.get(file);
        if (carried !== undefined) {
          bytesRead += file.size;
          builder.carry(file.name, carried);
          continue;
        }
        const { entry, continues } = entries.get(file.name) ?? { entry: undefined, continues: false };
        const ownEntry = entry !== undefined && entry === previousStates.get(file.name);
        const mayFlush = file !== newest && now - file.mtimeMs >= config.quietPeriodMs;
        const unchanged =
          entry !== undefined &&
          entry.size === file.size &&
          entry.mtimeMs === file.mtimeMs &&
          entry.fileId === file.fileId;
        // A file whose layout failed gives the same result until it changes: reading it again on
        // every poll would cost its whole size each time (a hostile file, a folder of them).
        if (
          entry &&
          unchanged &&
          (entry.offset >= file.size ||
            (entry.heldBack === 'unreadable' && entry.unreadableWith === optionsKey) ||
            (entry.heldBack !== undefined && entry.heldBack !== 'unreadable' && !mayFlush))
        ) {
          record(file, entry, ownEntry);
          if (entry.heldBack === 'unreadable' || entry.heldBack === 'layout') {
            pending.push({
              file: file.path,
              code: 'layout',
              reason:
                entry.heldBack === 'unreadable'
                  ? UNREADABLE_REASON
                  : 'The layout of the file is not decided yet; it is read again once the file grows.',
            });
          } else if (entry.heldBack && entry.offset < file.size) {
            pending.push({
              file: file.path,
              code: entry.heldBack,
              reason: heldBackReason(entry.heldBack, config.quietPeriodMs),
            });
          }
          continue;
        }
        if (!entry && file.size === 0) continue;
        if (eventsLeft <= 0 || bytesLeft <= 0 || limits.signal?.aborted) {
          record(file, entry, ownEntry);
          done = false;
          continue;
        }
        let handle: ReadableFileHandle;
        try {
          handle = await config.openFile(file.path);
        } catch (error) {
          record(file, entry, ownEntry);
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
            signal: limits.signal,
            optionsKey,
          });
          record(file, result.entry, ownEntry && result.entry === entry);
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
      const next = builder.build();
      returned.add(next);
      return { events, issues, checkpoint: next, pending, done, progress: { bytesRead, bytesTotal } };
    },
  };
}
