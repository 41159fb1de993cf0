// Public exports of this area, by name.

export { LedgerClosedError } from './errors/ledger-closed-error.js';
export { LedgerCorruptError } from './errors/ledger-corrupt-error.js';
export type { LedgerErrorCode } from './errors/ledger-error.js';
export { LedgerError } from './errors/ledger-error.js';
export type { LedgerLockOwner } from './errors/ledger-locked-error.js';
export { LedgerLockedError } from './errors/ledger-locked-error.js';
export { LedgerTransactionError } from './errors/ledger-transaction-error.js';
export { LedgerTransitionError } from './errors/ledger-transition-error.js';
export { LedgerWriteError } from './errors/ledger-write-error.js';
export type { JsonValue } from './json-value.js';
export type { LedgerCorrection, LedgerCorrectionInput } from './ledger-correction.js';
export type { LedgerPunch, PunchConfirmation } from './ledger-punch.js';
export type { PunchState } from './punch-state.js';
export { canTransition, punchStates, punchTransitions } from './punch-state.js';
export type { ReasonDetail } from './reason-detail.js';
