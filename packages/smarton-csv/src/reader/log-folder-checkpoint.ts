import { z } from 'zod';
import { detectedLayoutSchema } from '../layout/detected-layout.js';

/** A hash of a stretch of a file (see {@link ContentAnchor}). */
export const contentAnchorSchema = z.object({
  /** First byte covered. */
  start: z.number().int().nonnegative(),
  /** Bytes covered. */
  length: z.number().int().nonnegative(),
  /** SHA-256 of those bytes (hex, first 32 digits). */
  sha256: z.string().regex(/^[0-9a-f]{32}$/),
});

/** A hash of a stretch of a file, compared to tell an appended file from a replaced one. */
export type ContentAnchor = z.infer<typeof contentAnchorSchema>;

const fileFields = {
  /** Byte offset just after the last complete line read (and returned). */
  offset: z.number().int().nonnegative(),
  /** Lines up to `offset`. */
  line: z.number().int().nonnegative(),
  /** File size at the last read. */
  size: z.number().int().nonnegative(),
  /** Modification time at the last read (ms since the epoch). */
  mtimeMs: z.number(),
  /** `dev:ino` when the file system gives a real one (Windows may give 0). */
  fileId: z.string().optional(),
  /** The first `min(offset, 4096)` bytes. */
  head: contentAnchorSchema,
  /** Up to 1024 bytes just before `offset`. */
  tail: contentAnchorSchema,
  /**
   * Why bytes after `offset` were left for a later read, if they were: `layout` — the layout
   * needs more of the file; `unreadable` — the layout could not be recognised from what the
   * file holds, so it is not read again until it changes (size, time or identity).
   */
  heldBack: z.enum(['unterminated-line', 'unclosed-quote', 'layout', 'unreadable']).optional(),
  /**
   * The read stopped inside a line longer than the record limit (reported already): the next
   * read skips the rest of that line instead of reading it as a record.
   */
  skippingLine: z.literal(true).optional(),
  /**
   * With `heldBack: 'unreadable'`: a hash of the reading options the layout failed under. A
   * reader with the same options does not read the unchanged file again; one with other options
   * (e.g. columns configured since) does.
   */
  unreadableWith: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .optional(),
};

/**
 * How far one file has been read, decoded: what a checkpoint entry of either format means.
 * `offset` is the byte just after the last line fully read; `head` and `tail` hash the first
 * bytes of the file and the bytes just before `offset`, so that the next read can tell a file
 * that only grew from one that was cut back or replaced (whatever the file system says about
 * its identity). `layout` says how the file is read, so that appended rows (without the
 * header) map the same columns. This is also the entry of a format 1 checkpoint.
 */
export const logFileStateSchema = z.object({
  ...fileFields,
  /** How the file is read, so appended rows (without the header) map the same columns. */
  layout: detectedLayoutSchema.optional(),
});

/** See {@link logFileStateSchema}. */
export type LogFileState = z.infer<typeof logFileStateSchema>;

/**
 * A file still being followed, in a format 2 checkpoint: {@link LogFileState} with its layout
 * given as an index into the checkpoint's `layouts`.
 */
export const logFileCheckpointSchema = z.object({
  ...fileFields,
  /** Index of the file's layout in the checkpoint's `layouts`. */
  layout: z.number().int().nonnegative().optional(),
});

/** See {@link logFileCheckpointSchema}. */
export type LogFileCheckpoint = z.infer<typeof logFileCheckpointSchema>;

/**
 * The form of a settled file's entry: `offset line mtimeMs fileId layout head tail`, separated
 * by single spaces. `fileId` and `layout` are `-` when there is none; `head` and `tail` are the
 * anchors' hashes in base64url (their positions follow from `offset`: the first
 * `min(offset, 4096)` bytes and up to 1024 bytes before `offset`); the size is `offset`.
 */
export const SETTLED_FILE_PATTERN =
  /^(\d{1,16}) (\d{1,16}) (-?\d{1,16}(?:\.\d{1,12})?) (\d{1,40}:\d{1,40}|-) (\d{1,9}|-) ([\w-]{22}) ([\w-]{22})$/;

/**
 * A settled file in a format 2 checkpoint: one that was read to its end, is not the newest
 * file and has not changed for `settledAfterMs`. One short string (see
 * {@link SETTLED_FILE_PATTERN}), checked with a pattern and decoded only when the file needs
 * attention.
 *
 * @example '1048576 9120 1707350400123.4567 2049:393301 0 q83vEjRWeJCrze8SNFZ4kA nBjl3ylfS8i_0Tkj5f7mNg'
 */
export const settledFileCheckpointSchema = z
  .string()
  .regex(SETTLED_FILE_PATTERN, 'not a settled file entry (offset line mtimeMs fileId layout head tail)');

/** See {@link settledFileCheckpointSchema}. */
export type SettledFileCheckpoint = z.infer<typeof settledFileCheckpointSchema>;

/** The shape of a format 2 checkpoint, before its settled entries and layout indices are checked. */
export const logFolderCheckpointShape = z.object({
  /** Format version. */
  version: z.literal(2),
  /** The layouts the entries refer to by index. */
  layouts: z.array(detectedLayoutSchema),
  /** File name (inside the folder) → how far it was read. */
  files: z.record(z.string(), z.union([z.string(), logFileCheckpointSchema])),
});

/**
 * What is wrong with the entries of a checkpoint of the right shape: settled entries that do
 * not match {@link SETTLED_FILE_PATTERN}, layout indices out of range. `trusted` entries
 * (known to match the pattern already, with a layout index below the count given) are not
 * matched again.
 *
 * @internal
 */
export function checkpointEntryProblems(
  checkpoint: z.infer<typeof logFolderCheckpointShape>,
  trusted: (name: string, entry: string, layoutCount: number) => boolean = () => false,
): { path: string[]; message: string }[] {
  const count = checkpoint.layouts.length;
  const problems: { path: string[]; message: string }[] = [];
  for (const name in checkpoint.files) {
    const entry = checkpoint.files[name];
    if (typeof entry === 'string') {
      if (trusted(name, entry, count)) continue;
      const match = SETTLED_FILE_PATTERN.exec(entry);
      if (!match) {
        problems.push({
          path: ['files', name],
          message: 'not a settled file entry (offset line mtimeMs fileId layout head tail)',
        });
      } else if (match[5] !== '-' && Number(match[5]) >= count) {
        problems.push({ path: ['files', name], message: `no layout ${match[5]}` });
      }
    } else if (entry?.layout !== undefined && entry.layout >= count) {
      problems.push({ path: ['files', name, 'layout'], message: `no layout ${entry.layout}` });
    }
  }
  return problems;
}

/**
 * Where the folder reader stopped (format 2): the layouts of the files, each once, and one
 * entry per file name — a short string for a settled file, an object for a file still being
 * followed. Plain JSON: store it with the results derived from the events it returned, in one
 * transaction, and pass it to the next `read`. Use {@link decodeLogFolderCheckpoint} to see
 * what it says about each file.
 */
export const logFolderCheckpointSchema = logFolderCheckpointShape.superRefine((checkpoint, ctx) => {
  for (const problem of checkpointEntryProblems(checkpoint)) ctx.addIssue({ code: 'custom', ...problem });
});

/** See {@link logFolderCheckpointSchema}. */
export type LogFolderCheckpoint = z.infer<typeof logFolderCheckpointSchema>;

/**
 * The checkpoint format of version 0.1.0 (one {@link LogFileState} per file, each with its
 * layout). Still accepted by `read`, which returns a format 2 checkpoint from it.
 */
export const logFolderCheckpointV1Schema = z.object({
  /** Format version. */
  version: z.literal(1),
  /** File name (inside the folder) → how far it was read. */
  files: z.record(z.string(), logFileStateSchema),
});

/** See {@link logFolderCheckpointV1Schema}. */
export type LogFolderCheckpointV1 = z.infer<typeof logFolderCheckpointV1Schema>;
