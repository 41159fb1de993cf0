import type { SmartonCsvOptions } from '../options/smarton-csv-options.js';

/** The part of an open file the reader uses (Node's `FileHandle` has it). */
export interface ReadableFileHandle {
  /** Reads up to `length` bytes at file `position` into `buffer` at `offset`. */
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  /** Closes the file. */
  close(): Promise<void>;
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
}
