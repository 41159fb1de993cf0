import type { LogSource } from '@pclogin/core';
import {
  createLogFolderReader,
  type LogFolderCheckpoint,
  type LogFolderReaderOptions,
} from '@pclogin/smarton-csv';

/** The name the SmartOn folder's checkpoint is stored under. */
export const SMARTON_SOURCE_NAME = 'smarton-csv';

/**
 * The SmartOn ID log folder as a `LogSource`: `@pclogin/smarton-csv`'s incremental folder
 * reader, with its checkpoint stored in the ledger and its progress in bytes.
 *
 * @example
 * const source = createSmartonSource({ directory: 'D:/SmartOn/Log', timeZone: 'Asia/Tokyo' });
 */
export function createSmartonSource(options: LogFolderReaderOptions): LogSource {
  const reader = createLogFolderReader(options);
  return {
    name: SMARTON_SOURCE_NAME,
    async read(checkpoint, limits) {
      // The reader validates the checkpoint (format 1 or 2) itself, once, and throws a
      // CheckpointError naming the fields when it is not one it wrote.
      const result = await reader.read(checkpoint as LogFolderCheckpoint | undefined, limits);
      return {
        events: result.events,
        issues: result.issues.map((i) => ({
          file: i.file,
          ...(i.line > 0 ? { line: i.line } : {}),
          severity: i.severity,
          code: i.code,
          reason: i.reason,
          ...(i.text ? { text: i.text } : {}),
        })),
        checkpoint: result.checkpoint,
        done: result.done,
        // Over every matching file, also those a limit kept this batch from reaching.
        progress: { done: result.progress.bytesRead, total: result.progress.bytesTotal, unit: 'bytes' },
        pending: result.pending.map((p) => ({ file: p.file, reason: p.reason })),
      };
    },
  };
}
