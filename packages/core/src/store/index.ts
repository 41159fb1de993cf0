// Public exports of this area, by name.
export type { FileLedgerStoreOptions } from './file-ledger-store.js';
export { FileLedgerStore } from './file-ledger-store.js';
export type { LedgerLockStatus } from './ledger-lock-status.js';
export { ledgerLockStatus } from './ledger-lock-status.js';
export type { LedgerStore } from './ledger-store.js';
export type { CommitResult, LedgerTransaction, PlanOutcome } from './ledger-transaction.js';
export type { MemoryLedgerStoreOptions } from './memory-ledger-store.js';
export { MemoryLedgerStore } from './memory-ledger-store.js';
export type { PunchQuery } from './punch-query.js';
