import { markAbsent, markSent, markUncertain } from '../../ledger/internal/transitions.js';
import type { LedgerPunch } from '../../ledger/ledger-punch.js';
import { PunchReadError } from '../errors/punch-read-error.js';
import type { PunchSink } from '../punch-sink.js';
import type { ReconcileOutcome, ReconcileReport, ReconcileUncertainOptions } from '../reconcile-uncertain.js';
import { toClock } from './clock.js';
import { matchRecorded } from './match-recorded.js';
import { readWindows } from './read-windows.js';
import { reconcilableAt } from './settle.js';

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
      const message = error instanceof Error ? error.message : String(error);
      const reason = known?.reason ?? `reading the recorded punches failed: ${message}`;
      const reasonDetail = known ? known.reasonDetail : { code: 'read-failed', values: { message } };
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
            detail: reasonDetail,
            retryAt: new Date(Math.max(retryAt.getTime(), reconcilableAt(p, settleMs).getTime())),
          }),
        );
      store.commit({ punches: waiting });
      for (const punch of waiting) record({ outcome: 'waiting', punch });
      return {
        report: {
          outcomes,
          waiting: {
            reason,
            ...(known?.reasonCode ? { reasonCode: known.reasonCode } : {}),
            ...(reasonDetail ? { reasonDetail } : {}),
            retryAt,
          },
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
