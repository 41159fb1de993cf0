import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { FileLedgerStore, type FileLedgerStoreOptions } from '../../src/store/file-ledger-store.js';
import { manualClock } from './punches.js';

/**
 * Real ledger folders for a test file: `open` opens a {@link FileLedgerStore} on the shared
 * manual `clock` (options may override it), `tempDirectory` makes a fresh folder; after each
 * test every store opened is closed and every folder removed. Call once, at the top of the file.
 */
export function useFileLedgers() {
  const directories: string[] = [];
  const stores: FileLedgerStore[] = [];
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
    for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
  });
  const clock = manualClock();
  return {
    clock,
    open(directory: string, options: FileLedgerStoreOptions = {}): FileLedgerStore {
      const store = FileLedgerStore.open(directory, { now: clock.now, ...options });
      stores.push(store);
      return store;
    },
    tempDirectory(prefix = 'pclogin-ledger-'): string {
      const directory = mkdtempSync(join(tmpdir(), prefix));
      directories.push(directory);
      return directory;
    },
  };
}
