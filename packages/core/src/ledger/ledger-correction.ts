import type { PunchKind } from '../punches/punch-kind.js';
import type { JsonValue } from './json-value.js';

/**
 * Something a person must fix in KING OF TIME by hand, kept in the ledger until resolved: e.g. an
 * earlier log that arrived after the 出勤 (clock-in) was already sent, which must never become a
 * second clock-in.
 */
export interface LedgerCorrection {
  /** Stable identity: committing a correction with the same id updates it. */
  id: string;
  /** The KOT employee code (打刻先アカウント). */
  employeeCode: string;
  /** The working day (勤務日), `YYYY-MM-DD`. */
  workday: string;
  /** The punch concerned, when there is one. */
  kind?: PunchKind;
  /** What to fix, for people (e.g. `出勤 sent at 09:03:12 but the first log was at 08:51:40`). */
  message: string;
  /** The planner's own facts, stored as JSON. */
  detail?: JsonValue;
  /** When it was first recorded. */
  createdAt: Date;
  /** When it was marked as fixed. */
  resolvedAt?: Date;
}

/** A correction to record: {@link LedgerCorrection} without the times the ledger keeps. */
export type LedgerCorrectionInput = Omit<LedgerCorrection, 'createdAt' | 'resolvedAt'>;
