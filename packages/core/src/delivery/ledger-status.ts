import type { LedgerCorrection } from '../ledger/ledger-correction.js';
import type { LedgerPunch } from '../ledger/ledger-punch.js';
import type { PunchState } from '../ledger/punch-state.js';
import type { LedgerStore } from '../store/ledger-store.js';
import { toClock } from './internal/clock.js';
import { reconcilableAt } from './reconcile-uncertain.js';

/** A punch that waits, and until when. */
export interface WaitingPunch {
  /** The punch as the ledger holds it. */
  punch: LedgerPunch;
  /** When it can go ahead: be sent (`planned`) or be reconciled (`uncertain`). */
  until: Date;
  /** Why it waits, when known (the last failure, e.g. a rate limit or restricted hours). */
  reason?: string;
}

/** What the ledger holds, for a `status` command. See {@link ledgerStatus}. */
export interface LedgerStatus {
  /** The instant the status describes. */
  at: Date;
  /** How many punches are in each state. */
  counts: Record<PunchState, number>;
  /** How many `planned` punches could be sent right now. */
  due: number;
  /** `planned` punches not due yet (a retry wait, or a time still ahead), earliest first. */
  waiting: WaitingPunch[];
  /** `uncertain` punches, with when they can be checked against the attendance system, earliest first. */
  uncertain: WaitingPunch[];
  /** `failed` punches, with their reasons. */
  failed: LedgerPunch[];
  /** Open correction items a person must fix in KING OF TIME. */
  corrections: LedgerCorrection[];
  /** The earliest instant something becomes actionable (a waiting punch due, an uncertain one checkable). */
  nextAt?: Date;
}

/** Options of {@link ledgerStatus}. */
export interface LedgerStatusOptions {
  /**
   * The current time.
   * @default () => new Date()
   */
  now?: Date | (() => Date);
  /**
   * The settle time reconciliation uses (see {@link ReconcileUncertainOptions.settleMs}).
   * @default 60000
   */
  settleMs?: number;
}

/**
 * A summary of the ledger: counts by state, what waits and until when, failures with their
 * reasons, and the correction items.
 *
 * @example
 * ```ts
 * const status = ledgerStatus(store);
 * console.log(status.counts, status.failed.map((p) => `${p.id}: ${p.reason}`));
 * ```
 */
export function ledgerStatus(store: LedgerStore, options: LedgerStatusOptions = {}): LedgerStatus {
  const at = toClock(options.now)();
  const t = at.getTime();
  const settleMs = options.settleMs ?? 60_000;
  const waiting: WaitingPunch[] = [];
  let due = 0;
  for (const punch of store.list({ state: 'planned' })) {
    const until = new Date(Math.max(punch.at.getTime(), punch.notBefore?.getTime() ?? 0));
    if (until.getTime() <= t) due++;
    else waiting.push({ punch, until, ...(punch.reason ? { reason: punch.reason } : {}) });
  }
  const uncertain = store.list({ state: 'uncertain' }).map(
    (punch): WaitingPunch => ({
      punch,
      until: reconcilableAt(punch, settleMs),
      ...(punch.reason ? { reason: punch.reason } : {}),
    }),
  );
  const byUntil = (a: WaitingPunch, b: WaitingPunch) => a.until.getTime() - b.until.getTime();
  waiting.sort(byUntil);
  uncertain.sort(byUntil);
  const next = [...waiting, ...uncertain.filter((w) => w.until.getTime() > t)]
    .map((w) => w.until.getTime())
    .reduce((min, value) => Math.min(min, value), Number.POSITIVE_INFINITY);
  return {
    at,
    counts: store.counts(),
    due,
    waiting,
    uncertain,
    failed: store.list({ state: 'failed' }),
    corrections: store.corrections(),
    ...(Number.isFinite(next) ? { nextAt: new Date(next) } : {}),
  };
}
