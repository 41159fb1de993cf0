import { ledgerLockStatus } from '@pclogin/core';

/** Who holds the ledger's lock, when a live process does. */
export interface LockHolder {
  pid?: number;
  hostname?: string;
  since?: string;
}

// The core's lock is a directory kept fresh by its holder (its mtime moves every few seconds);
// a lock older than this is one whose holder stopped.
const FRESH_MS = 30_000;

/**
 * Whether an agent holds the ledger in `ledgerDirectory` now, read without touching the lock
 * (the core's `ledgerLockStatus`, the same judgement `doctor` shows): the lock directory exists
 * and is fresh, and on this machine its process is alive. `realNow` is the real time (the
 * lock's mtime is), not a `--now` clock.
 */
export async function agentLockHolder(
  ledgerDirectory: string,
  realNow: number,
): Promise<LockHolder | undefined> {
  const lock = ledgerLockStatus(ledgerDirectory, { staleMs: FRESH_MS, now: realNow });
  return lock.state === 'held' ? { ...lock.owner } : undefined;
}
