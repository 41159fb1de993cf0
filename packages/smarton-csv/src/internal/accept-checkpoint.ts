import type { z } from 'zod';
import { CheckpointError } from '../errors/checkpoint-error.js';
import {
  checkpointEntryProblems,
  type LogFileCheckpoint,
  type LogFolderCheckpoint,
  logFolderCheckpointShape,
  logFolderCheckpointV1Schema,
} from '../reader/log-folder-checkpoint.js';
import { encodeActive } from './checkpoint-codec.js';
import { LayoutTable } from './layout-table.js';

/** The newest checkpoint format this version writes and reads. */
export const CHECKPOINT_VERSION = 2;

function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
}

/** A format 1 checkpoint as format 2: its layouts gathered into one table, no file settled yet. */
function migrate(files: z.infer<typeof logFolderCheckpointV1Schema>['files']): LogFolderCheckpoint {
  const table = new LayoutTable([]);
  const migrated: Record<string, LogFileCheckpoint> = {};
  for (const [name, state] of Object.entries(files)) {
    migrated[name] = encodeActive(state, state.layout && table.indexOf(state.layout));
  }
  return { version: 2, layouts: [...table.layouts], files: migrated };
}

/**
 * Checks a checkpoint given to `read` and returns it in the current format, as new objects,
 * so that nothing the caller does later changes what the reader relies on. Format 1 (0.1.0) is
 * migrated; a newer format, or anything else, is a {@link CheckpointError}. Settled entries
 * `trusted` says the reader already checked (the same string under the same name) are not
 * matched against their pattern again.
 *
 * @throws {CheckpointError} naming the fields that are wrong.
 */
export function acceptCheckpoint(
  checkpoint: unknown,
  trusted?: (name: string, entry: string, layoutCount: number) => boolean,
): LogFolderCheckpoint {
  if (checkpoint === undefined || checkpoint === null) return { version: 2, layouts: [], files: {} };
  const version = (checkpoint as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > CHECKPOINT_VERSION) {
    throw new CheckpointError([
      `version: format ${version} was written by a newer version of @pclogin/smarton-csv (this one reads formats 1 and ${CHECKPOINT_VERSION})`,
    ]);
  }
  if (version === 1) {
    const v1 = logFolderCheckpointV1Schema.safeParse(checkpoint);
    if (!v1.success) throw new CheckpointError(problemsOf(v1.error));
    return migrate(v1.data.files);
  }
  const v2 = logFolderCheckpointShape.safeParse(checkpoint);
  if (!v2.success) throw new CheckpointError(problemsOf(v2.error));
  const problems = checkpointEntryProblems(v2.data, trusted);
  if (problems.length > 0)
    throw new CheckpointError(problems.map((p) => `${p.path.join('.')}: ${p.message}`));
  // Parsing made new objects, the reader's own: those it carries over into the checkpoint it
  // returns are frozen then (see CheckpointBuilder).
  return v2.data;
}
