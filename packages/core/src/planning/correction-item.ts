import type { PunchKind } from '../punches/punch-kind.js';

/**
 * Why a person must fix a day in KING OF TIME:
 * - `earlier-log-after-clock-in`: a log earlier than the 出勤 already sent arrived later; a
 *   second clock-in would make the day an error day, so the clock-in must be moved by hand.
 * - `later-log-after-clock-out`: (`after-day-end`) a log later than the 退勤 already sent arrived.
 * - `break-changed-after-sent`: a 休憩 punch already sent no longer matches the logs.
 * - `break-removed-after-sent`: a 休憩 punch was sent for a break the logs no longer show.
 * - `single-log-day`: the working day ended with one log only: 出勤 without 退勤.
 * - `relinked-after-sent`: the punch was sent from the logs of an account that is now linked to
 *   another employee (or to none): KING OF TIME holds it for the wrong employee.
 * - `held-differs`: KING OF TIME already held this punch at another time, for a day the ledger
 *   had never seen (it decided; nothing was sent).
 */
export type CorrectionReason =
  | 'earlier-log-after-clock-in'
  | 'later-log-after-clock-out'
  | 'break-changed-after-sent'
  | 'break-removed-after-sent'
  | 'single-log-day'
  | 'relinked-after-sent'
  | 'held-differs';

/** Something the planner must not do by itself and a person must fix in KING OF TIME. */
export interface CorrectionItem {
  /** Stable: the same problem gets the same id on every run (`<punch id>|<reason>`). */
  id: string;
  employeeCode: string;
  /** The working day (勤務日), `YYYY-MM-DD`. */
  workday: string;
  /** The punch concerned. */
  kind: PunchKind;
  /** The punch id concerned. */
  punchId: string;
  reason: CorrectionReason;
  /** The time of the punch already sent (or in flight); absent when none was. */
  sentAt?: Date;
  /** The time the logs now give for it; absent when they give none (a break no longer there). */
  observedAt?: Date;
  /** What to fix, for people, with KOT's Japanese terms. */
  message: string;
  /**
   * Further facts {@link CorrectionItem.message} names, by name, for messages in other languages
   * (`relinked-after-sent`: `account`, `to` — the employee now linked, empty when none — and
   * `state`, `sent` or `uncertain`).
   */
  values?: Readonly<Record<string, string>>;
}
