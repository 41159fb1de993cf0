import type { LogFileState } from '../reader/log-folder-checkpoint.js';
import type { ReadableFileHandle } from '../reader/log-folder-reader-options.js';
import { continuesFrom, type ListedFile } from './read-file-increment.js';

/** A file's checkpoint entry, and whether the file is known to continue it. */
export interface MatchedEntry {
  entry: LogFileState | undefined;
  continues: boolean;
}

/** Runs `fn` on an open file; `undefined` when it cannot be opened now. */
async function withFile<T>(
  openFile: (path: string) => Promise<ReadableFileHandle>,
  path: string,
  fn: (handle: ReadableFileHandle) => Promise<T>,
): Promise<T | undefined> {
  let handle: ReadableFileHandle;
  try {
    handle = await openFile(path);
  } catch {
    return undefined;
  }
  try {
    return await fn(handle);
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}

/**
 * Pairs each file with the checkpoint entry it continues. A file keeps the entry of its name
 * while it still holds what was read (or has not changed at all). Entries no file continues
 * under their name — the file is gone, or its name now holds other content — may be taken by
 * a file under another name that holds their content: a log rotated by renaming continues
 * where it was, and the new file under the old name is read from its start. A file whose own
 * entry is not continued and not taken by another file gets it back, so that its replacement
 * is noticed and reported.
 *
 * `previous` holds the decoded entries of the files given and of the names no longer in the
 * folder; settled files taken to be unchanged this read are neither given nor matched.
 */
export async function matchEntries(
  files: readonly ListedFile[],
  previous: ReadonlyMap<string, LogFileState>,
  openFile: (path: string) => Promise<ReadableFileHandle>,
): Promise<Map<string, MatchedEntry>> {
  const matched = new Map<string, MatchedEntry>();
  const unmatched = new Map([...previous].filter(([, e]) => e.offset > 0));
  const seeking: ListedFile[] = [];
  for (const file of files) {
    const entry = previous.get(file.name);
    if (!entry) {
      seeking.push(file);
      continue;
    }
    const unchanged =
      entry.size === file.size && entry.mtimeMs === file.mtimeMs && entry.fileId === file.fileId;
    // A file that cannot be opened now keeps its entry: it is reported pending later.
    const continues =
      unchanged ||
      entry.offset === 0 ||
      (file.size >= entry.offset &&
        (await withFile(openFile, file.path, (h) => continuesFrom(h, file.size, entry))) !== false);
    if (continues) {
      matched.set(file.name, { entry, continues: true });
      unmatched.delete(file.name);
    } else seeking.push(file);
  }
  for (const file of seeking) {
    for (const [name, entry] of unmatched) {
      if (name === file.name || file.size < entry.offset) continue;
      if (await withFile(openFile, file.path, (h) => continuesFrom(h, file.size, entry))) {
        matched.set(file.name, { entry, continues: true });
        unmatched.delete(name);
        break;
      }
    }
  }
  for (const file of seeking) {
    if (matched.has(file.name)) continue;
    const own = unmatched.get(file.name);
    matched.set(file.name, { entry: own, continues: false });
    unmatched.delete(file.name);
  }
  return matched;
}
