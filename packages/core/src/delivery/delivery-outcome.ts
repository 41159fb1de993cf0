import type { LedgerPunch } from '../ledger/ledger-punch.js';
import type { ReasonDetail } from '../ledger/reason-detail.js';
import type { ReconcileOutcome } from './reconcile-uncertain.js';

/**
 * What happened to one punch in a delivery round: `sent`; `failed` (permanently); `uncertain`
 * (may have been applied: reconciled before any resend); `deferred` (certainly not applied,
 * `planned` again until `punch.notBefore`); `held` (KING OF TIME already held it, for a working
 * day the ledger never saw: recorded as `sent`, nothing was sent).
 */
export interface DeliveryOutcome {
  /** What happened. */
  outcome: 'sent' | 'failed' | 'uncertain' | 'deferred' | 'held';
  /** The punch as the ledger now holds it (with `reason`, `notBefore`, `retryAt`). */
  punch: LedgerPunch;
}

/** Why a delivery round ended before every due punch was tried. */
export interface DeliveryStop {
  /**
   * `aborted`: the signal fired; `sink`: a failure that concerns the whole sink (rate limit,
   * refused token, restricted hours); `outage`: the circuit breaker opened after several
   * requests in a row failed (reasonCode `SINK_OUTAGE`, `retryAt` the next probe).
   */
  cause: 'aborted' | 'sink' | 'outage';
  /** For `sink` and `outage`: the failure's reason. */
  reason?: string;
  /** For `sink` and `outage`: its code, when given. */
  reasonCode?: string;
  /** For `sink` and `outage`: the reason as a code and values, when known (see {@link ReasonDetail}). */
  reasonDetail?: ReasonDetail;
  /** For `sink` and `outage`: when to try again, when known. */
  retryAt?: Date;
}

/** The result of {@link deliverDuePunches}. */
export interface DeliveryReport {
  /** One entry per punch tried, in order. */
  outcomes: DeliveryOutcome[];
  /** Uncertain punches read back during the round: found (now `sent`) or absent (sent again). */
  reconciled: ReconcileOutcome[];
  /** Set when the round ended early. */
  stopped?: DeliveryStop;
  /** Due punches not tried in this round (because of `limit` or an early stop). */
  remaining: number;
  /**
   * Set when KING OF TIME could not be read for working days the ledger never saw (see
   * `kotDecides`): their punches wait until `retryAt`; the others were sent. A refused token or
   * proxy password shows here first on a new state folder.
   */
  unreadable?: { reason: string; reasonCode?: string; reasonDetail?: ReasonDetail; retryAt: Date };
}
