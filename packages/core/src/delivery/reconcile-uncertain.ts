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
  waiting?: { reason: string; reasonCode?: string; retryAt: Date };
  /** Uncertain punches not looked at yet (settling, waiting for `retryAt`, or after an abort). */
  remaining: number;
}

/**
 * When an uncertain punch may be proved absent: its `retryAt` when it has one (the settle time
 * its failure called for, or the end of a wait for reading), else `settleMs` after it became
 * uncertain.
 */
export function reconcilableAt(punch: LedgerPunch, settleMs: number): Date {
  return punch.retryAt ? new Date(punch.retryAt.getTime()) : new Date(punch.updatedAt.getTime() + settleMs);
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

/**
 * Whether an unsettled uncertain punch may be read before it settles (to confirm it early): not
 * when it was told to wait longer than a settle time — reading is refused until `retryAt`
 * (restricted hours), so a read before then only fails again.
 */
export function mayLookEarly(punch: LedgerPunch, settleMs: number): boolean {
  return !punch.retryAt || punch.retryAt.getTime() - punch.updatedAt.getTime() <= settleMs;
}

/**
 * {@link reconcileUncertain} for the uncertain punches `select` picks (at the pass's start);
 * also returns the ids read that are still uncertain (read before they settled, not found).
 */
export async function reconcilePass(
  options: ReconcileUncertainOptions,
  select: (punch: LedgerPunch, now: Date) => boolean,
): Promise<{ report: ReconcileReport; unsettled: string[] }> {
  const { store, sink, signal } = options;
  const clock = toClock(options.now);
  const settleMs = options.settleMs ?? 60_000;
  const outcomes: ReconcileOutcome[] = [];
  const unsettled: string[] = [];
  const start = clock();
  const ready = store.list({ state: 'uncertain' }).filter((punch) => select(punch, start));
  const windows = readWindows(ready, options.maxDaysPerRead ?? 31);
  const remaining = () =>
    store.list({ state: 'uncertain' }).length - outcomes.filter((o) => o.outcome === 'waiting').length;

  for (const [index, window] of windows.entries()) {
    if (signal?.aborted) break;
    let recorded: Awaited<ReturnType<PunchSink['recorded']>>;
    // What a read shows proves absence only for punches settled when it was asked.
    const askedAt = clock().getTime();
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
      // Nothing more can be read now: every punch still to be read waits until retryAt (and
      // at least until it has settled: the wait must not shorten its settle time).
      const waiting = windows
        .slice(index)
        .flatMap((w) => w.punches)
        .map((p) => store.get(p.id))
        .filter((p): p is LedgerPunch => p?.state === 'uncertain')
        .map((p) =>
          markUncertain(p, now, reason, {
            errorCode: known?.reasonCode,
            retryAt: new Date(Math.max(retryAt.getTime(), reconcilableAt(p, settleMs).getTime())),
          }),
        );
      store.commit({ punches: waiting });
      for (const punch of waiting) record({ outcome: 'waiting', punch });
      return {
        report: {
          outcomes,
          waiting: { reason, ...(known?.reasonCode ? { reasonCode: known.reasonCode } : {}), retryAt },
          remaining: remaining(),
        },
        unsettled,
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
    const decided: ReconcileOutcome[] = [];
    for (const punch of current) {
      if (found.has(punch.id))
        decided.push({ outcome: 'found', punch: markSent(punch, now, 'reconciliation') });
      // Not found before it settled proves nothing: a request still in progress may land yet.
      else if (reconcilableAt(punch, settleMs).getTime() <= askedAt)
        decided.push({ outcome: 'absent', punch: markAbsent(punch, now) });
      else unsettled.push(punch.id);
    }
    store.commit({ punches: decided.map((o) => o.punch) });
    for (const outcome of decided) record(outcome);
  }
  return { report: { outcomes, remaining: remaining() }, unsettled };

  function record(outcome: ReconcileOutcome): void {
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  }
}
