import { closeSync, fsyncSync, openSync } from 'node:fs';

/**
 * Flushes a directory's entries (a created or renamed file) to disk: without it a crash can
 * forget a rename that had already returned. Windows cannot open a directory for this, and
 * NTFS journals renames itself, so there it is skipped.
 */
export function syncDirectory(directory: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(directory, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
