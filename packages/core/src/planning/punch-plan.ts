import type { PlannedPunch } from '../punches/planned-punch.js';
import type { CorrectionItem } from './correction-item.js';

/** A `planned` punch that should no longer be sent (a break the logs no longer show). */
export interface WithdrawnPunch {
  id: string;
  reason: string;
}

/** What `planPunches` decided. */
export interface PunchPlan {
  /**
   * Punches to record as `planned`: new ones, and `planned` ones whose time changed (same id,
   * new `at`). Punches the ledger already holds unchanged are not repeated. In sending order
   * (employee, working day, time).
   */
  punches: PlannedPunch[];
  /** Problems a person must fix in KING OF TIME. Recomputed on every run; ids are stable. */
  corrections: CorrectionItem[];
  /** `planned` punches that must not be sent any more. */
  withdrawn: WithdrawnPunch[];
}
