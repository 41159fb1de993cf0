import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileNameMatcher } from '@pclogin/smarton-csv';
import { UsageError } from '../errors/usage-error.js';
import { t } from '../i18n/translate.js';

/** A log file and when it was last written. */
export interface ListedLogFile {
  path: string;
  mtimeMs: number;
}

/**
 * The log files named: files as given, folders expanded to their files matching `pattern`
 * (the folder reader's own `fileNameMatcher`, so both pick the same files), oldest first
 * (modification time, then name), as the agent's folder reader orders them.
 *
 * @throws {UsageError} when a path does not exist or a folder holds no matching file.
 */
export async function listLogFiles(paths: readonly string[], pattern: string): Promise<ListedLogFile[]> {
  const matches = fileNameMatcher(pattern);
  const files: ListedLogFile[] = [];
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch {
      throw new UsageError(t('files.missing', { path }));
    }
    if (!info.isDirectory()) {
      files.push({ path, mtimeMs: info.mtimeMs });
      continue;
    }
    const found: (ListedLogFile & { name: string })[] = [];
    for (const name of await readdir(path)) {
      if (!matches(name)) continue;
      const s = await stat(join(path, name)).catch(() => undefined);
      if (s?.isFile()) found.push({ path: join(path, name), name, mtimeMs: s.mtimeMs });
    }
    if (found.length === 0) throw new UsageError(t('files.noneMatching', { path, pattern }));
    found.sort((a, b) => a.mtimeMs - b.mtimeMs || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    files.push(...found.map(({ path, mtimeMs }) => ({ path, mtimeMs })));
  }
  return files;
}
