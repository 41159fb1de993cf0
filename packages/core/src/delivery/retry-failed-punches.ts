import { markRequeued } from '../ledger/internal/transitions.js';
import type { LedgerPunch } from '../ledger/ledger-punch.js';
import type { LedgerStore } from '../store/ledger-store.js';
import { toClock } from './internal/clock.js';

/** Options of {@link retryFailedPunches}. */
export interface RetryFailedPunchesOptions {
  /**
   * Only these punch ids; every failed punch when omitted.
   * @default every failed punch
   */
  ids?: readonly string[];
  /**
   * The current time.
   * @default () => new Date()
   */
  now?: Date | (() => Date);
}

/**
 * Puts `failed` punches back to `planned`, e.g. after an administrator fixed the cause (a
 * missing employee, a link). Safe: a punch is only `failed` when the attendance system
 * certainly did not apply it. Returns the punches requeued; ids that are not failed are ignored.
 */
export function retryFailedPunches(
  store: LedgerStore,
  options: RetryFailedPunchesOptions = {},
): LedgerPunch[] {
  const now = toClock(options.now)();
  const wanted = options.ids ? new Set(options.ids) : undefined;
  const requeued = store
    .list({ state: 'failed' })
    .filter((punch) => !wanted || wanted.has(punch.id))
    .map((punch) => markRequeued(punch, now));
  if (requeued.length > 0) store.commit({ punches: requeued });
  return requeued;
}
