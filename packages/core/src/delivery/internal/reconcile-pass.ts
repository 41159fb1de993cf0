import { markAbsent, markSent, markUncertain } from '../../ledger/internal/transitions.js';
import type { LedgerPunch } from '../../ledger/ledger-punch.js';
import type { ReasonDetail } from '../../ledger/reason-detail.js';
import { PunchReadError } from '../errors/punch-read-error.js';
import type { ReconcileOutcome, ReconcileReport, ReconcileUncertainOptions } from '../reconcile-uncertain.js';
import { toClock } from './clock.js';
import { matchRecorded } from './match-recorded.js';
import { readRecordedWindows, type WindowRead } from './read-recorded-windows.js';
import { reconcilableAt } from './settle.js';

/**
 * {@link reconcileUncertain} for the uncertain punches `select` picks (at the pass's start);
 * also returns the ids read that are still uncertain (read before they settled and not found,
 * or of an employee that could not be read): read them again only once settled (`retryAt`).
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
  const remaining = () =>
    store.list({ state: 'uncertain' }).length - outcomes.filter((o) => o.outcome === 'waiting').length;
  /** Still uncertain now (re-read after an await: only those are decided). */
  const stillUncertain = (punches: readonly LedgerPunch[]) =>
    punches.map((p) => store.get(p.id)).filter((p): p is LedgerPunch => p?.state === 'uncertain');
  /** Keeps punches uncertain until `retryAt` (and at least until settled: a wait never shortens it). */
  const wait = (
    punches: readonly LedgerPunch[],
    now: Date,
    reason: string,
    errorCode: string | undefined,
    retryAt: Date,
    detail?: ReasonDetail,
  ) =>
    punches.map((p) =>
      markUncertain(p, now, reason, {
        errorCode,
        detail,
        retryAt: new Date(Math.max(retryAt.getTime(), reconcilableAt(p, settleMs).getTime())),
      }),
    );
  const retryAfter = (now: Date) => new Date(now.getTime() + (options.retryAfterMs ?? 300_000));

  // Punches not yet yielded by a read: those wait when reading fails as a whole.
  const unread = new Set(ready.map((p) => p.id));
  const reads = readRecordedWindows(sink, ready, {
    maxDaysPerRead: options.maxDaysPerRead,
    signal,
    now: clock,
    scoped: true,
  });
  while (!signal?.aborted) {
    let read: IteratorResult<WindowRead<LedgerPunch>>;
    try {
      read = await reads.next();
    } catch (error) {
      const now = clock();
      const known = PunchReadError.isInstance(error) ? error : undefined;
      const message = error instanceof Error ? error.message : String(error);
      const reason = known?.reason ?? `reading the recorded punches failed: ${message}`;
      const reasonDetail = known ? known.reasonDetail : { code: 'read-failed', values: { message } };
      const retryAt = known?.retryAt ?? retryAfter(now);
      // Nothing more can be read now: every punch still to be read waits until retryAt.
      const waiting = wait(
        stillUncertain(ready.filter((p) => unread.has(p.id))),
        now,
        reason,
        known?.reasonCode,
        retryAt,
        reasonDetail,
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
    if (read.done) break;
    const { window, recorded, unreadable, askedAt } = read.value;
    for (const p of window.punches) unread.delete(p.id);
    const now = clock();
    const current = stillUncertain(window.punches);
    const readable = current.filter((p) => !unreadable.has(p.employeeCode));
    const sent = window.employeeCodes
      .filter((employeeCode) => !unreadable.has(employeeCode))
      .flatMap((employeeCode) =>
        store.list({ state: 'sent', employeeCode, from: window.from, to: window.to }),
      );
    const found = matchRecorded(readable, sent, recorded);
    const decided: ReconcileOutcome[] = [];
    for (const punch of current) {
      const error = unreadable.get(punch.employeeCode);
      // This employee alone could not be read (e.g. not in KING OF TIME's employee list): its
      // punches wait, the others' are decided.
      if (error) {
        const reason = `reading employee ${punch.employeeCode}'s recorded punches failed: ${error.reason}`;
        const [waiting] = wait([punch], now, reason, error.reasonCode, error.retryAt ?? retryAfter(now), {
          code: 'read-employee-failed',
          values: { employeeCode: punch.employeeCode, message: error.reason },
          ...(error.reasonDetail ? { cause: error.reasonDetail } : {}),
        });
        decided.push({ outcome: 'waiting', punch: waiting! });
        // Not to be looked at early: reading it is refused until its retryAt.
        unsettled.push(punch.id);
      } else if (found.has(punch.id))
        decided.push({ outcome: 'found', punch: markSent(punch, now, 'reconciliation') });
      // Not found before it settled proves nothing: a request still in progress may land yet.
      // What a read shows proves absence only for punches settled when it was asked.
      else if (reconcilableAt(punch, settleMs).getTime() <= askedAt.getTime())
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
