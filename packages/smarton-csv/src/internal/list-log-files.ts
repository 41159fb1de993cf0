import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { LogFileError } from '../errors/log-file-error.js';
import type { PendingFile } from '../reader/log-folder-read-result.js';
import type { LogFileStats } from '../reader/log-folder-reader-options.js';
import type { ListedFile } from './read-file-increment.js';

/** Errors that mean "someone else has the file right now", worth retrying later. */
export const TRANSIENT = new Set(['EBUSY', 'EPERM', 'EACCES', 'EAGAIN', 'EMFILE', 'ENFILE']);

/** Files looked at (stat) at the same time. */
const STAT_CONCURRENCY = 16;

/** A file looked at: listed, pending (cannot be looked at now), or gone / not a file. */
type Look = ListedFile | (PendingFile & { name: string }) | undefined;

/** A file's size, modification time and identity; pending when it cannot be looked at now; nothing when it is gone or not a file. */
async function look(
  directory: string,
  name: string,
  statFile: (path: string) => Promise<LogFileStats>,
): Promise<Look> {
  const path = join(directory, name);
  try {
    const s = await statFile(path);
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
      ? { name, file: path, code: 'locked', reason: `Cannot look at it now (${code}).` }
      : undefined;
  }
}

/**
 * The names in a folder that match.
 *
 * @throws {LogFileError} when the folder cannot be listed.
 */
export async function listNames(directory: string, matches: (name: string) => boolean): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch (cause) {
    throw new LogFileError(directory, cause);
  }
  return names.filter((name) => matches(name));
}

/** What looking at some files found. */
export interface LookedFiles {
  /** The files, with size, modification time and identity, in the order of the names. */
  files: ListedFile[];
  /** Files that cannot be looked at now (the name is the file's name in the folder). */
  pending: (PendingFile & { name: string })[];
}

/**
 * Looks at (stats) the named files of a folder. Files that cannot even be looked at now are
 * returned as pending; files gone or not files are left out.
 */
export async function lookAtFiles(
  directory: string,
  names: readonly string[],
  statFile: (path: string) => Promise<LogFileStats>,
): Promise<LookedFiles> {
  const looked = new Array<Look>(names.length);
  // Stat the files a few at a time rather than one after the other: each stat is a round trip
  // to the thread pool (or, on a network share, to the server).
  let nextIndex = 0;
  const worker = async () => {
    for (let i = nextIndex++; i < names.length; i = nextIndex++) {
      looked[i] = await look(directory, names[i] as string, statFile);
    }
  };
  await Promise.all(Array.from({ length: Math.min(STAT_CONCURRENCY, names.length) }, worker));
  const files: ListedFile[] = [];
  const pending: (PendingFile & { name: string })[] = [];
  for (const result of looked) {
    if (result === undefined) continue;
    if ('code' in result) pending.push(result);
    else files.push(result);
  }
  return { files, pending };
}

/** Oldest first: by modification time, then by name. */
export function byAge(a: ListedFile, b: ListedFile): number {
  return a.mtimeMs - b.mtimeMs || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
