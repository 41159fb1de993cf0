import {
  markDeferred,
  markFailed,
  markSending,
  markSent,
  markUncertain,
} from '../ledger/internal/transitions.js';
import type { LedgerPunch } from '../ledger/ledger-punch.js';
import type { ReasonDetail } from '../ledger/reason-detail.js';
import type { PlannedPunch } from '../punches/planned-punch.js';
import type { LedgerStore } from '../store/ledger-store.js';
import { type CircuitBreaker, createCircuitBreaker } from './circuit-breaker.js';
import type { DeliveryOutcome, DeliveryReport, DeliveryStop } from './delivery-outcome.js';
import { PunchSendError } from './errors/punch-send-error.js';
import { backoffMs } from './internal/backoff.js';
import { toClock } from './internal/clock.js';
import { reconcilePass } from './internal/reconcile-pass.js';
import { mayLookEarly, reconcilableAt } from './internal/settle.js';
import { decideFromKot, type KotDecision } from './kot-decides.js';
import type { PunchSink } from './punch-sink.js';
import type { ReconcileOutcome } from './reconcile-uncertain.js';

/** Options of {@link deliverDuePunches}. */
export interface DeliverDuePunchesOptions {
  /** The ledger. */
  store: LedgerStore;
  /** Where punches go. */
  sink: PunchSink;
  /**
   * The current time: a fixed instant or a clock.
   * @default () => new Date()
   */
  now?: Date | (() => Date);
  /**
   * Send at most this many punches in this round.
   * @default Infinity
   */
  limit?: number;
  /** Stops the round between punches (and is passed to the sink for the request in flight). */
  signal?: AbortSignal;
  /**
   * The wait before a punch that certainly was not applied is tried again, when the sink did
   * not say (`retryAt`): `baseMs × 2^(attempt−1)`, at most `maxMs`.
   * @default { baseMs: 30000, maxMs: 1800000 }
   */
  retryBackoff?: { baseMs?: number; maxMs?: number };
  /**
   * Recognises an outage from consecutive transient failures (see {@link CircuitBreaker}).
   * Pass the same one to every round, so that an outage found by one round holds the next back.
   * @default a new breaker for this round
   */
  breaker?: CircuitBreaker;
  /**
   * How long an uncertain punch settles before a read that does not find it proves it absent,
   * when its failure did not say (see {@link ReconcileUncertainOptions.settleMs}).
   * @default 60000
   */
  settleMs?: number;
  /**
   * Reconciliation within the round: between two sends, uncertain punches are read back with
   * batched reads ({@link PunchSink.recorded}: one read covers many employees and days) and
   * confirmed, or — once settled and not found — sent again in the same round. `false` leaves
   * them to {@link reconcileUncertain}.
   *
   * - `lookAfterMs` (default 5000): a punch is first read this long after its failure. A found
   *   punch is confirmed whenever it is read; reading before the server has finished only costs
   *   a read, so a few seconds is enough.
   * - `everyMs` (default 10000): at most one reading pass this often, so that reads cost at most
   *   one request in twenty at the default 2 requests/s, however many punches fail.
   * - `retryAfterMs` (default 30000): after a read failed without saying when to retry.
   * @default { lookAfterMs: 5000, everyMs: 10000, retryAfterMs: 30000 }
   */
  reconcile?:
    | false
    | { lookAfterMs?: number; everyMs?: number; retryAfterMs?: number; maxDaysPerRead?: number };
  /** Called after each punch's outcome is committed (for logs and progress bars). */
  onOutcome?: (outcome: DeliveryOutcome) => void;
  /**
   * Before the first punch of a working day this ledger never saw (dated no later than the day
   * the ledger first delivered), read what KING OF TIME holds for those days and send only what
   * is missing (see {@link decideFromKot}). Turn off only for a ledger known to be the only writer
   * since before its oldest day.
   * @default true
   */
  kotDecides?: boolean;
  /**
   * The time zone working days are dated in, for {@link kotDecides}.
   * @default 'Asia/Tokyo'
   */
  timeZone?: string;
  /** Called after each reconciliation outcome of the round is committed. */
  onReconcile?: (outcome: ReconcileOutcome) => void;
}

/**
 * Sends every due punch (`planned`, its time reached, not waiting), earliest first, one at a
 * time. For each: commits `sending` (durably) **before** the request, then `sent`, `failed`,
 * `uncertain` or — when it certainly was not applied and may work later — `planned` again with a
 * `notBefore`. A process killed mid-request therefore leaves the punch `sending`, which the next
 * open turns into `uncertain`: it is never sent again before reconciliation proves it absent.
 *
 * A failure of one request (no answer, a dropped connection, a timeout, a 5xx answer:
 * {@link PunchSendErrorInit.transient}) changes that punch alone and the round goes on. The
 * round stops early only when the signal fires (the request in flight finishes, or ends
 * `uncertain`), when a failure concerns the whole sink ({@link PunchSendErrorInit.scope}: a rate
 * limit, a refused token; `stopped.retryAt` says when to go on), or when the
 * {@link CircuitBreaker} recognises an outage (`stopped.cause` `outage`, `retryAt` the next probe).
 * Uncertain punches are read back in the same round (see `reconcile`).
 *
 * Close the store only after the round has returned: a punch whose outcome cannot be committed
 * stays `sending`, and the next open makes it `uncertain`.
 *
 * @example
 * ```ts
 * const breaker = createCircuitBreaker();
 * const report = await deliverDuePunches({ store, sink, breaker, signal });
 * if (report.stopped?.retryAt) scheduleNextRound(report.stopped.retryAt);
 * ```
 */
export async function deliverDuePunches(options: DeliverDuePunchesOptions): Promise<DeliveryReport> {
  const { store, sink, signal } = options;
  const clock = toClock(options.now);
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const baseMs = options.retryBackoff?.baseMs ?? 30_000;
  const maxMs = options.retryBackoff?.maxMs ?? 1_800_000;
  const breaker = options.breaker ?? createCircuitBreaker();
  const settleMs = options.settleMs ?? 60_000;
  const reconcile =
    options.reconcile === false
      ? undefined
      : {
          lookAfterMs: options.reconcile?.lookAfterMs ?? 5_000,
          everyMs: options.reconcile?.everyMs ?? 10_000,
          retryAfterMs: options.reconcile?.retryAfterMs ?? 30_000,
          maxDaysPerRead: options.reconcile?.maxDaysPerRead,
        };
  const outcomes: DeliveryOutcome[] = [];
  let decision: KotDecision | undefined;
  const reconciled: ReconcileOutcome[] = [];
  const report = (stopped?: DeliveryStop): DeliveryReport => ({
    outcomes,
    reconciled,
    ...(stopped ? { stopped } : {}),
    ...(decision?.unreadable ? { unreadable: decision.unreadable } : {}),
    remaining: store.due(clock()).length,
  });

  const start = clock();
  if (options.kotDecides !== false) {
    decision = await decideFromKot({
      store,
      sink,
      due: store.due(start),
      now: start,
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      ...(signal ? { signal } : {}),
    });
    for (const punch of decision.held) {
      const outcome: DeliveryOutcome = { outcome: 'held', punch };
      outcomes.push(outcome);
      options.onOutcome?.(outcome);
    }
  }

  // Uncertain punches already read before they settled (not found): read again once settled.
  const readEarly = new Set<string>();
  let lastReadAt = Number.NEGATIVE_INFINITY;
  let readBlockedUntil = Number.NEGATIVE_INFINITY;
  let nextReadAt = reconcile ? nextReadTime() : Number.POSITIVE_INFINITY;

  const queue = store.due(start).map((p) => p.id);
  for (let index = 0; ; index++) {
    if (signal?.aborted) return report({ cause: 'aborted' });
    if (reconcile && clock().getTime() >= nextReadAt) await readBack();
    if (index >= queue.length || outcomes.length >= limit) break;
    const id = queue[index]!;
    const now = clock();
    const current = store.get(id);
    // Re-read: the punch may have changed since the round started (re-planned, or no longer due).
    if (current?.state !== 'planned' || !isDue(current, now)) continue;
    // A day the ledger never saw is sent only once KING OF TIME was read for it in this round.
    if (decision?.predates(current) && !decision.checked.has(id)) continue;
    const circuit = breaker.check(now);
    if (circuit.state === 'open') return report(outage(circuit.until, circuit.reason, circuit.detail));

    const sending = markSending(current, now);
    store.commit({ punches: [sending] }); // durable before the request: the heart of exactly once
    let outcome: DeliveryOutcome;
    let stop: DeliveryStop | undefined;
    try {
      await sink.send(plannedPart(sending), { signal });
      breaker.succeeded();
      outcome = { outcome: 'sent', punch: markSent(sending, clock(), 'response') };
    } catch (error) {
      const known = asSendError(error);
      const at = clock();
      ({ outcome, stop } = afterFailure(sending, known, at, baseMs, maxMs));
      if (known.transient && !stop) {
        const after = breaker.failed(at, known.reason, known.reasonDetail);
        if (after.state === 'open') stop = outage(after.until, after.reason, after.detail);
      } else if (known.scope === 'punch') {
        // An answer about the punch itself (e.g. 400) shows the system is up.
        breaker.succeeded();
      }
    }
    store.commit({ punches: [outcome.punch] });
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
    if (outcome.outcome === 'uncertain' && reconcile) {
      nextReadAt = Math.min(nextReadAt, readTime(outcome.punch.updatedAt.getTime() + reconcile.lookAfterMs));
    }
    if (stop) return report(stop);
  }
  return report(signal?.aborted ? { cause: 'aborted' } : undefined);

  /** One reading pass: confirm what KOT holds, requeue what it proved absent. */
  async function readBack(): Promise<void> {
    if (!reconcile) return;
    lastReadAt = clock().getTime();
    const { report: read, unsettled } = await reconcilePass(
      {
        store,
        sink,
        now: clock,
        settleMs,
        retryAfterMs: reconcile.retryAfterMs,
        ...(reconcile.maxDaysPerRead !== undefined ? { maxDaysPerRead: reconcile.maxDaysPerRead } : {}),
        ...(signal ? { signal } : {}),
        onOutcome: (outcome) => {
          reconciled.push(outcome);
          options.onReconcile?.(outcome);
        },
      },
      (punch, now) => isReadable(punch, now.getTime()),
    );
    for (const id of unsettled) readEarly.add(id);
    // Proved absent: planned again and due now, so sent again in this round (the loop re-reads
    // each punch's state, so one queued twice is tried once).
    for (const outcome of read.outcomes) {
      if (outcome.outcome === 'absent') queue.push(outcome.punch.id);
    }
    if (read.waiting) readBlockedUntil = read.waiting.retryAt.getTime();
    nextReadAt = nextReadTime();
  }

  function isReadable(punch: LedgerPunch, now: number): boolean {
    if (now < readBlockedUntil) return false;
    const settled = reconcilableAt(punch, settleMs).getTime() <= now;
    if (settled) return true;
    if (readEarly.has(punch.id) || !mayLookEarly(punch, settleMs)) return false;
    return punch.updatedAt.getTime() + (reconcile?.lookAfterMs ?? 0) <= now;
  }

  /** When the next reading pass is worth it: the earliest uncertain punch readable, spaced by `everyMs`. */
  function nextReadTime(): number {
    let earliest = Number.POSITIVE_INFINITY;
    for (const punch of store.list({ state: 'uncertain' })) {
      const settled = reconcilableAt(punch, settleMs).getTime();
      const early =
        readEarly.has(punch.id) || !mayLookEarly(punch, settleMs)
          ? settled
          : Math.min(settled, punch.updatedAt.getTime() + (reconcile?.lookAfterMs ?? 0));
      earliest = Math.min(earliest, early);
    }
    return readTime(earliest);
  }

  function readTime(at: number): number {
    return Math.max(at, lastReadAt + (reconcile?.everyMs ?? 0), readBlockedUntil);
  }
}

function outage(until: Date, reason: string, detail: ReasonDetail | undefined): DeliveryStop {
  return {
    cause: 'outage',
    reason: `the attendance system looks unreachable (several requests in a row failed; last: ${reason}); the next try is at ${until.toISOString()}`,
    reasonCode: 'SINK_OUTAGE',
    reasonDetail: {
      code: 'sink-outage',
      values: { until: until.toISOString(), last: reason },
      ...(detail ? { cause: detail } : {}),
    },
    retryAt: until,
  };
}

function asSendError(error: unknown): PunchSendError {
  return PunchSendError.isInstance(error) ? error : PunchSendError.unexpected(error);
}

function isDue(punch: LedgerPunch, now: Date): boolean {
  return (
    punch.at.getTime() <= now.getTime() && (!punch.notBefore || punch.notBefore.getTime() <= now.getTime())
  );
}

function plannedPart(punch: LedgerPunch): PlannedPunch {
  return {
    id: punch.id,
    employeeCode: punch.employeeCode,
    workday: punch.workday,
    kind: punch.kind,
    seq: punch.seq,
    at: new Date(punch.at.getTime()),
  };
}

/** Maps a failed send onto the ledger: see the table on {@link PunchSendError}. */
function afterFailure(
  sending: LedgerPunch,
  known: PunchSendError,
  now: Date,
  baseMs: number,
  maxMs: number,
): { outcome: DeliveryOutcome; stop: DeliveryStop | undefined } {
  const stop: DeliveryStop | undefined =
    known.scope === 'sink'
      ? {
          cause: 'sink',
          reason: known.reason,
          ...(known.reasonCode ? { reasonCode: known.reasonCode } : {}),
          ...(known.reasonDetail ? { reasonDetail: known.reasonDetail } : {}),
          ...(known.retryAt ? { retryAt: known.retryAt } : {}),
        }
      : undefined;
  if (known.maybeApplied) {
    // retryAt: when it may be proved absent (a sink's own retryAt, or the settle time it named).
    const settledAt =
      known.retryAt ??
      (known.settleMs === undefined ? undefined : new Date(now.getTime() + Math.max(0, known.settleMs)));
    const punch = markUncertain(sending, now, known.reason, {
      errorCode: known.reasonCode,
      detail: known.reasonDetail,
      retryAt: settledAt,
    });
    return { outcome: { outcome: 'uncertain', punch }, stop };
  }
  if (known.retryable) {
    const notBefore = known.retryAt ?? new Date(now.getTime() + backoffMs(sending.attempts, baseMs, maxMs));
    const punch = markDeferred(sending, now, notBefore, known.reason, known.reasonCode, known.reasonDetail);
    return {
      outcome: { outcome: 'deferred', punch },
      stop: stop && { ...stop, retryAt: stop.retryAt ?? notBefore },
    };
  }
  const punch = markFailed(sending, now, known.reason, known.reasonCode, known.reasonDetail);
  return { outcome: { outcome: 'failed', punch }, stop };
}
