import type { SmartonCsvOptions } from '../options/smarton-csv-options.js';

/** The part of an open file the reader uses (Node's `FileHandle` has it). */
export interface ReadableFileHandle {
  /** Reads up to `length` bytes at file `position` into `buffer` at `offset`. */
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  /** Closes the file. */
  close(): Promise<void>;
}

/** The part of a file's status the reader uses (Node's `BigIntStats` has it). */
export interface LogFileStats {
  /** Whether it is a regular file. */
  isFile(): boolean;
  /** Size in bytes. */
  size: bigint;
  /** Modification time in nanoseconds since the epoch. */
  mtimeNs: bigint;
  /** Device id (with `ino`, the file's identity where the system gives one). */
  dev: bigint;
  /** Inode number; `0n` where the system gives none. */
  ino: bigint;
}

/**
 * Options of {@link createLogFolderReader}: the folder, which files, when an unfinished last
 * line counts as finished, and the parser options (the same as `parseLogFile`'s).
 */
export interface LogFolderReaderOptions extends SmartonCsvOptions {
  /** The folder the log server writes to (see `findLogDirectory`). */
  directory: string;
  /**
   * Which files to read: a glob over file names (`*`, `?`, ignoring case) or a RegExp.
   * @default '*.csv'
   */
  pattern?: string | RegExp;
  /**
   * An unterminated last line is held back until it gets its line end, or until a newer file
   * exists and this file has not changed for this long (then it is read as it is).
   * @default 120000
   */
  quietPeriodMs?: number;
  /**
   * The current time in ms since the epoch (for the quiet period).
   * @default Date.now
   */
  clock?: () => number;
  /**
   * Opens a file for reading. Replace it in tests to simulate a file another program holds
   * locked (EBUSY/EPERM on Windows).
   * @default (path) => fs.promises.open(path, 'r')
   */
  openFile?: (path: string) => Promise<ReadableFileHandle>;
  /**
   * Looks at a file (size, modification time, identity). Replace it in tests to count how
   * many files a read looks at, or to simulate a file system.
   * @default (path) => fs.promises.stat(path, { bigint: true })
   */
  statFile?: (path: string) => Promise<LogFileStats>;
  /**
   * A file read to its end, not the newest file, and unchanged for this long is *settled*: its
   * checkpoint entry becomes one short string, and reads stop looking at it every time (see
   * `recheckSettledPerRead`). SmartOn writes one file per day (or per size limit) and appends
   * only to the file in use, so files older than an hour are done with. `Infinity` never
   * settles a file (every file is looked at on every read).
   * @default 3600000
   */
  settledAfterMs?: number;
  /**
   * Settled files looked at per read, in rotation (all of them on a reader's first read, and
   * all when a file with a new name appears, which may be a settled file renamed). A settled
   * file appended to, cut back or replaced later is therefore noticed within
   * `ceil(settled files / recheckSettledPerRead)` reads; nothing in it is lost, only delayed.
   * Files with new names and files not settled are looked at on every read.
   * @default 16
   */
  recheckSettledPerRead?: number;
}

/** Limits for one `read`, to catch up on a long backlog in batches. */
export interface LogFolderReadLimits {
  /**
   * Stop after about this many events (at a line boundary). A batch's events are held until the
   * caller is done with them, so this sets a catch-up's peak memory: a few thousand keeps a
   * process near 100 MB; 50,000 more than doubles that.
   * @example 5_000
   */
  maxEvents?: number;
  /** Stop after reading about this many bytes (at least one line is always read). */
  maxBytes?: number;
  /**
   * Stop soon after this fires (between two chunks of 64 KiB), with what was read so far and
   * its checkpoint (`done: false`), e.g. when the agent is asked to stop in the middle of a
   * large file.
   */
  signal?: AbortSignal;
}
