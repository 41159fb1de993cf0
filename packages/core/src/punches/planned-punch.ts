import type { PunchKind } from './punch-kind.js';

/**
 * A punch KING OF TIME should hold. Its identity is `(employeeCode, workday, kind, seq)`:
 * `seq` is 0 for the clock-in; for the clock-out it is 0, or with the `rolling` policy it counts
 * the day's clock-out revisions (0, 1, 2, …); for breaks it numbers the break pairs of a day (1, 2, …).
 */
export interface PlannedPunch {
  /** Stable identity, `${employeeCode}|${workday}|${kind}|${seq}`; see {@link punchId}. */
  id: string;
  /** The KOT employee code (打刻先アカウント), a string that may have leading zeros. */
  employeeCode: string;
  /** The working day (勤務日) the punch belongs to, `YYYY-MM-DD`: KOT's `date`. */
  workday: string;
  kind: PunchKind;
  seq: number;
  /** The punch time: KOT's `time`. */
  at: Date;
}

/** The identity of a planned punch. */
export function punchId(employeeCode: string, workday: string, kind: PunchKind, seq = 0): string {
  return `${employeeCode}|${workday}|${kind}|${seq}`;
}
