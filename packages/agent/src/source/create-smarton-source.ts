import type { LogSource } from '@pclogin/core';
import {
  createLogFolderReader,
  type LogFolderCheckpoint,
  type LogFolderReaderOptions,
  logFolderCheckpointSchema,
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
      const previous =
        checkpoint === undefined || checkpoint === null
          ? undefined
          : (logFolderCheckpointSchema.parse(checkpoint) as LogFolderCheckpoint);
      const result = await reader.read(previous, limits);
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
