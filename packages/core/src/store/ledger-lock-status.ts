import type { LedgerLockOwner } from '../ledger/errors/ledger-locked-error.js';
import type { ReasonDetail } from '../ledger/reason-detail.js';
import { inspectStateDirectoryLock } from './internal/state-directory-lock.js';

/** The state of a ledger directory's single-writer lock; see {@link ledgerLockStatus}. */
export type LedgerLockStatus =
  | { state: 'free' }
  | { state: 'held'; owner: LedgerLockOwner | undefined }
  | {
      state: 'stale';
      owner: LedgerLockOwner | undefined;
      reason: string;
      /**
       * `reason` as a code and values: `lock-not-refreshed` (`seconds`) or `lock-owner-gone` (`pid`).
       */
      reasonDetail?: ReasonDetail;
    };

/**
 * Tells whether the ledger in `directory` is locked, without taking or changing the lock: for
 * a `doctor` check. `stale` means its holder died (on this machine: its process is gone; or
 * nobody refreshed the lock for `staleMs`); the next `FileLedgerStore.open` takes it over.
 *
 * @example
 * const lock = ledgerLockStatus('/var/lib/pclogin/ledger');
 * if (lock.state === 'stale') console.log(`left by a crashed agent: ${lock.reason}`);
 */
export function ledgerLockStatus(
  directory: string,
  options: {
    /** After how long without a refresh a lock counts as stale (ms). @default 10000 */
    staleMs?: number;
    /** The real time now (ms since the epoch; the lock's mtime is real time, not a `--now` clock). @default Date.now() */
    now?: number;
  } = {},
): LedgerLockStatus {
  return inspectStateDirectoryLock(directory, options.staleMs ?? 10_000, options.now ?? Date.now());
}
