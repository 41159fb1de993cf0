import type { PunchState } from '../ledger/punch-state.js';

/** Which punches {@link LedgerStore.list} returns; every field given must match. */
export interface PunchQuery {
  /** One state or several. */
  state?: PunchState | readonly PunchState[];
  /** The KOT employee code. */
  employeeCode?: string;
  /** First working day, `YYYY-MM-DD` (inclusive). */
  from?: string;
  /** Last working day, `YYYY-MM-DD` (inclusive). */
  to?: string;
  /** At most this many, the earliest first. */
  limit?: number;
}
