import type { PlannedPunch } from '../punches/planned-punch.js';
import type { PunchState } from './punch-state.js';
import type { ReasonDetail } from './reason-detail.js';

/** How pclogin learnt that KING OF TIME holds a punch. */
export type PunchConfirmation = 'response' | 'reconciliation';

/**
 * A planned punch with its delivery record: what the ledger stores for each
 * `(employeeCode, workday, kind, seq)`.
 */
export interface LedgerPunch extends PlannedPunch {
  /** Where the punch is in its life; see {@link punchStates}. */
  state: PunchState;
  /** How many requests were started for it (each `planned → sending`). */
  attempts: number;
  /** How many times reconciliation proved an uncertain attempt absent from KING OF TIME (each allows one more attempt). */
  resends: number;
  /** `planned` only: not to be sent before this instant (set after a retryable failure). */
  notBefore?: Date;
  /** `uncertain` only: not to be reconciled before this instant (e.g. the end of a restricted window). */
  retryAt?: Date;
  /** Why it failed, is uncertain, or waits: the last failure's reason, for people. */
  reason?: string;
  /** The last failure's machine-readable code (e.g. `KOT_RATE_LIMITED`). */
  errorCode?: string;
  /** {@link LedgerPunch.reason} as a code and values, for messages in other languages (absent in older ledgers). */
  reasonDetail?: ReasonDetail;
  /** When it was first planned. */
  plannedAt: Date;
  /** When its record last changed. */
  updatedAt: Date;
  /** `sent` only: when pclogin learnt that KING OF TIME holds it. */
  sentAt?: Date;
  /** `sent` only: whether KING OF TIME's answer or a reconciliation confirmed it. */
  confirmedBy?: PunchConfirmation;
}
