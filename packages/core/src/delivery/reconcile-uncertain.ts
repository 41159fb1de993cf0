import { markAbsent, markSent, markUncertain } from '../ledger/internal/transitions.js';
import type { LedgerPunch } from '../ledger/ledger-punch.js';
import type { LedgerStore } from '../store/ledger-store.js';
import { PunchReadError } from './errors/punch-read-error.js';
import { toClock } from './internal/clock.js';
import { matchRecorded } from './internal/match-recorded.js';
import { readWindows } from './internal/read-windows.js';
import type { PunchSink } from './punch-sink.js';

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
  waiting?: { reason: string; reasonCode?: string; retryAt: Date };
  /** Uncertain punches not looked at yet (settling, waiting for `retryAt`, or after an abort). */
  remaining: number;
}

/** When an uncertain punch may be reconciled: after its `retryAt` and after settling. */
export function reconcilableAt(punch: LedgerPunch, settleMs: number): Date {
  return new Date(Math.max(punch.retryAt?.getTime() ?? 0, punch.updatedAt.getTime() + settleMs));
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
  const { store, sink, signal } = options;
  const clock = toClock(options.now);
  const settleMs = options.settleMs ?? 60_000;
  const outcomes: ReconcileOutcome[] = [];
  const start = clock();
  const ready = store
    .list({ state: 'uncertain' })
    .filter((punch) => reconcilableAt(punch, settleMs).getTime() <= start.getTime());
  const windows = readWindows(ready, options.maxDaysPerRead ?? 31);
  const remaining = () =>
    store.list({ state: 'uncertain' }).length - outcomes.filter((o) => o.outcome === 'waiting').length;

  for (const [index, window] of windows.entries()) {
    if (signal?.aborted) break;
    let recorded: Awaited<ReturnType<PunchSink['recorded']>>;
    try {
      recorded = await sink.recorded(
        { employeeCodes: window.employeeCodes, from: window.from, to: window.to },
        { signal },
      );
    } catch (error) {
      const now = clock();
      const known = PunchReadError.isInstance(error) ? error : undefined;
      const reason =
        known?.reason ??
        `reading the recorded punches failed: ${error instanceof Error ? error.message : String(error)}`;
      const retryAt = known?.retryAt ?? new Date(now.getTime() + (options.retryAfterMs ?? 300_000));
      // Nothing more can be read now: every punch still to be read waits until retryAt.
      const waiting = windows
        .slice(index)
        .flatMap((w) => w.punches)
        .map((p) => store.get(p.id))
        .filter((p): p is LedgerPunch => p?.state === 'uncertain')
        .map((p) => markUncertain(p, now, reason, { errorCode: known?.reasonCode, retryAt }));
      store.commit({ punches: waiting });
      for (const punch of waiting) record({ outcome: 'waiting', punch });
      return {
        outcomes,
        waiting: { reason, ...(known?.reasonCode ? { reasonCode: known.reasonCode } : {}), retryAt },
        remaining: remaining(),
      };
    }
    const now = clock();
    // Re-read after the await: only punches still uncertain are decided.
    const current = window.punches
      .map((p) => store.get(p.id))
      .filter((p): p is LedgerPunch => p?.state === 'uncertain');
    const sent = window.employeeCodes.flatMap((employeeCode) =>
      store.list({ state: 'sent', employeeCode, from: window.from, to: window.to }),
    );
    const found = matchRecorded(current, sent, recorded);
    const decided = current.map(
      (punch): ReconcileOutcome =>
        found.has(punch.id)
          ? { outcome: 'found', punch: markSent(punch, now, 'reconciliation') }
          : { outcome: 'absent', punch: markAbsent(punch, now) },
    );
    store.commit({ punches: decided.map((o) => o.punch) });
    for (const outcome of decided) record(outcome);
  }
  return { outcomes, remaining: remaining() };

  function record(outcome: ReconcileOutcome): void {
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  }
}
