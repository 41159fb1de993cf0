// Public exports of this area, by name.
export type { ClockOutPolicy } from './clock-out-policy.js';
export { clockOutPolicies } from './clock-out-policy.js';
export type { CorrectionItem, CorrectionReason } from './correction-item.js';
export type { ExistingPunch, ExistingPunches } from './existing-punch.js';
export type { PlanPunchesOptions } from './plan-punches.js';
export { DEFAULT_GRACE_MINUTES, planPunches } from './plan-punches.js';
export { PlanningOptionsError } from './planning-options-error.js';
export type { PunchPlan, WithdrawnPunch } from './punch-plan.js';
export { toLedgerCorrection } from './to-ledger-correction.js';
