import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { LogFileError } from '../errors/log-file-error.js';
import type { PendingFile } from '../reader/log-folder-read-result.js';
import type { ListedFile } from './read-file-increment.js';

/** Errors that mean "someone else has the file right now", worth retrying later. */
export const TRANSIENT = new Set(['EBUSY', 'EPERM', 'EACCES', 'EAGAIN', 'EMFILE', 'ENFILE']);

/**
 * The files of a folder whose names match, with size, modification time and identity, oldest
 * first (by modification time, then name). Files that cannot even be looked at now are
 * returned as pending.
 *
 * @throws {LogFileError} when the folder cannot be listed.
 */
export async function listFiles(directory: string, matches: (name: string) => boolean) {
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
        // Nanoseconds, for sub-millisecond precision: two writes within a millisecond differ.
        mtimeMs: Number(s.mtimeNs) / 1e6,
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
