import { acceptCheckpoint } from '../internal/accept-checkpoint.js';
import { decodeEntry } from '../internal/checkpoint-codec.js';
import type { LogFileState, LogFolderCheckpoint, LogFolderCheckpointV1 } from './log-folder-checkpoint.js';

/**
 * What a folder checkpoint (format 2, or 1 from 0.1.0) says about each file, decoded: offsets,
 * anchors and layout, whether the entry is a settled string or an object. For tools that show
 * how far a folder was read; the reader itself needs none of it.
 *
 * @throws {CheckpointError} when `checkpoint` is not a folder checkpoint.
 * @example
 * const files = decodeLogFolderCheckpoint(checkpoint);
 * for (const [name, file] of Object.entries(files)) console.log(name, `${file.offset}/${file.size}`);
 */
export function decodeLogFolderCheckpoint(
  checkpoint: LogFolderCheckpoint | LogFolderCheckpointV1,
): Record<string, LogFileState> {
  const accepted = acceptCheckpoint(checkpoint);
  const files: Record<string, LogFileState> = {};
  for (const [name, entry] of Object.entries(accepted.files)) {
    files[name] = decodeEntry(entry, accepted.layouts);
  }
  return files;
}
