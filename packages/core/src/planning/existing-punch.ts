import type { LedgerPunch } from '../ledger/ledger-punch.js';

/**
 * What the planner needs to know about a punch the ledger already holds: its state and time.
 * A {@link LedgerPunch} is one. Only a `planned` punch may still change; in any other state it
 * was sent, may have been sent, or failed for good, and is never planned again.
 */
export type ExistingPunch = Pick<LedgerPunch, 'state' | 'at'>;

/** The ledger's punches by punch id: a map, or a lookup function. */
export type ExistingPunches =
  | ReadonlyMap<string, ExistingPunch>
  | ((punchId: string) => ExistingPunch | undefined);
