import {
  markDeferred,
  markFailed,
  markSending,
  markSent,
  markUncertain,
} from '../ledger/internal/transitions.js';
import type { LedgerPunch } from '../ledger/ledger-punch.js';
import type { PlannedPunch } from '../punches/planned-punch.js';
import type { LedgerStore } from '../store/ledger-store.js';
import type { DeliveryOutcome, DeliveryReport, DeliveryStop } from './delivery-outcome.js';
import { PunchSendError } from './errors/punch-send-error.js';
import { backoffMs } from './internal/backoff.js';
import { toClock } from './internal/clock.js';
import { decideFromKot, type KotDecision } from './kot-decides.js';
import type { PunchSink } from './punch-sink.js';

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
}

/**
 * Sends every due punch (`planned`, its time reached, not waiting), earliest first, one at a
 * time. For each: commits `sending` (durably) **before** the request, then `sent`, `failed`,
 * `uncertain` or — when it certainly was not applied and may work later — `planned` again with a
 * `notBefore`. A process killed mid-request therefore leaves the punch `sending`, which the next
 * open turns into `uncertain`: it is never sent again before {@link reconcileUncertain} proves it
 * absent.
 *
 * Close the store only after the round has returned: a punch whose outcome cannot be committed
 * stays `sending`, and the next open makes it `uncertain`.
 *
 * The round stops early when the signal fires (the request in flight finishes, or ends
 * `uncertain`) or when a failure is not specific to one punch (see {@link PunchSendErrorInit.scope}),
 * so a rate limit or an outage is not met once per punch.
 *
 * @example
 * ```ts
 * const report = await deliverDuePunches({ store, sink, signal });
 * if (report.stopped?.retryAt) scheduleNextRound(report.stopped.retryAt);
 * ```
 */
export async function deliverDuePunches(options: DeliverDuePunchesOptions): Promise<DeliveryReport> {
  const { store, sink, signal } = options;
  const clock = toClock(options.now);
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const baseMs = options.retryBackoff?.baseMs ?? 30_000;
  const maxMs = options.retryBackoff?.maxMs ?? 1_800_000;
  const outcomes: DeliveryOutcome[] = [];
  let decision: KotDecision | undefined;
  const report = (stopped?: DeliveryStop): DeliveryReport => ({
    outcomes,
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

  for (const { id } of store.due(start)) {
    if (outcomes.length >= limit) break;
    if (signal?.aborted) return report({ cause: 'aborted' });
    const now = clock();
    const current = store.get(id);
    // Re-read: the punch may have changed since the round started (re-planned, or no longer due).
    if (current?.state !== 'planned' || !isDue(current, now)) continue;
    // A day the ledger never saw is sent only once KING OF TIME was read for it in this round.
    if (decision?.predates(current) && !decision.checked.has(id)) continue;

    const sending = markSending(current, now);
    store.commit({ punches: [sending] }); // durable before the request: the heart of exactly once
    let outcome: DeliveryOutcome;
    let stop: DeliveryStop | undefined;
    try {
      await sink.send(plannedPart(sending), { signal });
      outcome = { outcome: 'sent', punch: markSent(sending, clock(), 'response') };
    } catch (error) {
      ({ outcome, stop } = afterFailure(sending, error, clock(), baseMs, maxMs));
    }
    store.commit({ punches: [outcome.punch] });
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
    if (stop) return report(stop);
  }
  return report(signal?.aborted ? { cause: 'aborted' } : undefined);
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
  error: unknown,
  now: Date,
  baseMs: number,
  maxMs: number,
): { outcome: DeliveryOutcome; stop: DeliveryStop | undefined } {
  const known = PunchSendError.isInstance(error)
    ? error
    : new PunchSendError({
        reason: `unexpected failure, KING OF TIME may hold the punch: ${error instanceof Error ? error.message : String(error)}`,
        retryable: true,
        maybeApplied: true,
        scope: 'sink',
        cause: error,
      });
  const stop: DeliveryStop | undefined =
    known.scope === 'sink'
      ? {
          cause: 'sink',
          reason: known.reason,
          ...(known.reasonCode ? { reasonCode: known.reasonCode } : {}),
          ...(known.retryAt ? { retryAt: known.retryAt } : {}),
        }
      : undefined;
  if (known.maybeApplied) {
    const punch = markUncertain(sending, now, known.reason, {
      errorCode: known.reasonCode,
      retryAt: known.retryAt,
    });
    return { outcome: { outcome: 'uncertain', punch }, stop };
  }
  if (known.retryable) {
    const notBefore = known.retryAt ?? new Date(now.getTime() + backoffMs(sending.attempts, baseMs, maxMs));
    const punch = markDeferred(sending, now, notBefore, known.reason, known.reasonCode);
    return {
      outcome: { outcome: 'deferred', punch },
      stop: stop && { ...stop, retryAt: stop.retryAt ?? notBefore },
    };
  }
  const punch = markFailed(sending, now, known.reason, known.reasonCode);
  return { outcome: { outcome: 'failed', punch }, stop };
}
