import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { LogFileError } from '../errors/log-file-error.js';
import type { PendingFile } from '../reader/log-folder-read-result.js';
import type { ListedFile } from './read-file-increment.js';

/** Errors that mean "someone else has the file right now", worth retrying later. */
export const TRANSIENT = new Set(['EBUSY', 'EPERM', 'EACCES', 'EAGAIN', 'EMFILE', 'ENFILE']);

/** Files looked at (stat) at the same time. */
const STAT_CONCURRENCY = 16;

/** A file's size, modification time and identity; pending when it cannot be looked at now; nothing when it is gone or not a file. */
async function look(directory: string, name: string): Promise<ListedFile | PendingFile | undefined> {
  const path = join(directory, name);
  try {
    const s = await stat(path, { bigint: true });
    if (!s.isFile()) return undefined;
    return {
      name,
      path,
      size: Number(s.size),
      // Nanoseconds, for sub-millisecond precision: two writes within a millisecond differ.
      mtimeMs: Number(s.mtimeNs) / 1e6,
      fileId: s.ino !== 0n ? `${s.dev}:${s.ino}` : undefined,
    };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    // A file deleted between listing and stat is simply gone.
    return TRANSIENT.has(code)
      ? { file: path, code: 'locked', reason: `Cannot look at it now (${code}).` }
      : undefined;
  }
}

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
  const matching = names.filter((name) => matches(name));
  const looked = new Array<ListedFile | PendingFile | undefined>(matching.length);
  // Stat the files a few at a time rather than one after the other: a folder of years of daily
  // logs holds hundreds of files, each stat is a round trip to the thread pool (or, on a network
  // share, to the server), and one after the other they made most of a read's time.
  let nextIndex = 0;
  const worker = async () => {
    for (let i = nextIndex++; i < matching.length; i = nextIndex++) {
      looked[i] = await look(directory, matching[i] as string);
    }
  };
  await Promise.all(Array.from({ length: Math.min(STAT_CONCURRENCY, matching.length) }, worker));
  const files: ListedFile[] = [];
  const pending: PendingFile[] = [];
  for (const result of looked) {
    if (result === undefined) continue;
    if ('code' in result) pending.push(result);
    else files.push(result);
  }
  files.sort((a, b) => a.mtimeMs - b.mtimeMs || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { files, pending };
}
