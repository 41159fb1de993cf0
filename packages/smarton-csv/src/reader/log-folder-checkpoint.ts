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

/**
 * How far one file has been read. `offset` is the byte just after the last line fully read;
 * `head` and `tail` hash the first bytes of the file and the bytes just before `offset`, so
 * that the next read can tell a file that only grew from one that was cut back or replaced
 * (whatever the file system says about its identity).
 */
export const logFileCheckpointSchema = z.object({
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
  /** How the file is read, so appended rows (without the header) map the same columns. */
  layout: detectedLayoutSchema.optional(),
  /** Why bytes after `offset` were left for a later read, if they were. */
  heldBack: z.enum(['unterminated-line', 'unclosed-quote', 'layout']).optional(),
});

/** See {@link logFileCheckpointSchema}. */
export type LogFileCheckpoint = z.infer<typeof logFileCheckpointSchema>;

/**
 * Where the folder reader stopped: one entry per file name. Plain JSON: store it with the
 * results derived from the events it returned, in one transaction, and pass it to the next
 * `read`.
 */
export const logFolderCheckpointSchema = z.object({
  /** Format version. */
  version: z.literal(1),
  /** File name (inside the folder) → how far it was read. */
  files: z.record(z.string(), logFileCheckpointSchema),
});

/** See {@link logFolderCheckpointSchema}. */
export type LogFolderCheckpoint = z.infer<typeof logFolderCheckpointSchema>;
