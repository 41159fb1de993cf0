import type { LedgerPunch } from '../../ledger/ledger-punch.js';

/**
 * When an uncertain punch may be proved absent: its `retryAt` when it has one (the settle time
 * its failure called for, or the end of a wait for reading), else `settleMs` after it became
 * uncertain.
 */
export function reconcilableAt(punch: LedgerPunch, settleMs: number): Date {
  return punch.retryAt ? new Date(punch.retryAt.getTime()) : new Date(punch.updatedAt.getTime() + settleMs);
}

/**
 * Whether an unsettled uncertain punch may be read before it settles (to confirm it early): not
 * when it was told to wait longer than a settle time — reading is refused until `retryAt`
 * (restricted hours), so a read before then only fails again.
 */
export function mayLookEarly(punch: LedgerPunch, settleMs: number): boolean {
  return !punch.retryAt || punch.retryAt.getTime() - punch.updatedAt.getTime() <= settleMs;
}
