import type { LedgerPunch } from '../ledger/ledger-punch.js';
import type { ReasonDetail } from '../ledger/reason-detail.js';
import type { LedgerStore } from '../store/ledger-store.js';
import { reconcilePass } from './internal/reconcile-pass.js';
import { mayLookEarly, reconcilableAt } from './internal/settle.js';
import type { PunchSink } from './punch-sink.js';

export { mayLookEarly, reconcilableAt };

/** Options of {@link reconcileUncertain}. */
export interface ReconcileUncertainOptions {
  /** The ledger. */
  store: LedgerStore;
  /** Where punches went; its `recorded()` is read. */
  sink: PunchSink;
  /**
   * The current time: a fixed instant or a clock.
   * @default () => new Date()
   */
  now?: Date | (() => Date);
  /** Stops between reads. */
  signal?: AbortSignal;
  /**
   * How long after a punch became uncertain before the attendance system is asked: a request
   * still being processed when the process died must have landed (or not) by then, or the read
   * could miss a punch that appears a moment later.
   * @default 60000
   */
  settleMs?: number;
  /**
   * Also read punches that have not settled yet, once they have been uncertain this long (ms):
   * one found is confirmed at once (a punch KING OF TIME shows needs no settling); one not
   * found stays `uncertain` until it has settled and is read again. Off when omitted.
   * @default off
   */
  lookAfterMs?: number;
  /**
   * The most working days one read covers.
   * @default 31
   */
  maxDaysPerRead?: number;
  /**
   * When a read fails without saying when to retry, wait this long (ms).
   * @default 300000
   */
  retryAfterMs?: number;
  /** Called after each punch's outcome is committed. */
  onOutcome?: (outcome: ReconcileOutcome) => void;
}

/**
 * What reconciliation decided for one uncertain punch: `found` (now `sent`), `absent` (proved
 * missing: `planned` again, to be sent once more), or `waiting` (could not read; still
 * `uncertain`, with `retryAt`).
 */
export interface ReconcileOutcome {
  /** What was decided. */
  outcome: 'found' | 'absent' | 'waiting';
  /** The punch as the ledger now holds it. */
  punch: LedgerPunch;
}

/** The result of {@link reconcileUncertain}. */
export interface ReconcileReport {
  /** One entry per uncertain punch looked at. */
  outcomes: ReconcileOutcome[];
  /** Set when reading failed: why and until when (e.g. KING OF TIME's restricted hours). */
  waiting?: { reason: string; reasonCode?: string; reasonDetail?: ReasonDetail; retryAt: Date };
  /** Uncertain punches not looked at yet (settling, waiting for `retryAt`, or after an abort). */
  remaining: number;
}

/**
 * Settles `uncertain` punches against what the attendance system holds: each one found
 * (same employee, working day, kind and minute) becomes `sent`; each one proved absent becomes
 * `planned` again, so the next {@link deliverDuePunches} sends it — the only way a punch is
 * ever sent twice, and only because the first did not land. When the recorded punches cannot
 * be read (e.g. restricted hours), they stay `uncertain` with `retryAt`.
 *
 * @example
 * ```ts
 * const report = await reconcileUncertain({ store, sink });
 * if (report.waiting) logger.info(`reconciliation waits until ${report.waiting.retryAt.toISOString()}`);
 * ```
 */
export async function reconcileUncertain(options: ReconcileUncertainOptions): Promise<ReconcileReport> {
  const settleMs = options.settleMs ?? 60_000;
  const lookAfterMs = options.lookAfterMs;
  const { report } = await reconcilePass(
    options,
    (punch, now) =>
      reconcilableAt(punch, settleMs).getTime() <= now.getTime() ||
      (lookAfterMs !== undefined &&
        mayLookEarly(punch, settleMs) &&
        punch.updatedAt.getTime() + lookAfterMs <= now.getTime()),
  );
  return report;
}
