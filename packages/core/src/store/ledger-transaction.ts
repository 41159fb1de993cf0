import type { LedgerCorrectionInput } from '../ledger/ledger-correction.js';
import type { LedgerPunch } from '../ledger/ledger-punch.js';
import type { PlannedPunch } from '../punches/planned-punch.js';

/**
 * One atomic change to the ledger: every part is committed together or not at all, so the
 * punches planned from a batch of events, the aggregator state after it and the source's
 * checkpoint can never disagree after a crash.
 *
 * Values in `checkpoints`, `state` and `caches` are stored as JSON (anything `JSON.stringify`
 * accepts) and read back as `JSON.parse` returns them; `null` removes the key.
 *
 * @example
 * ```ts
 * store.commit({
 *   plan: punches,                               // newly planned punches
 *   checkpoints: { smarton: reader.checkpoint }, // where the source stopped reading
 *   state: { aggregator: aggregator.toJSON() },  // what the aggregator has seen
 * });
 * ```
 */
export interface LedgerTransaction {
  /**
   * Punches the planner wants KING OF TIME to hold: inserted as `planned` when new, their time
   * updated while still `planned`, and left alone once a request for them has started (the
   * commit result says which).
   */
  plan?: readonly PlannedPunch[];
  /** Punch records to write as given: each must be a permitted transition from its stored state ({@link punchTransitions}). Applied after `plan`. */
  punches?: readonly LedgerPunch[];
  /**
   * Ids of punches that must no longer be sent (e.g. a break the logs no longer show): dropped if
   * still `planned` when the transaction commits (KING OF TIME certainly does not hold a planned
   * punch), left alone otherwise.
   */
  withdraw?: readonly string[];
  /** Ids of settled punches (`sent` or `failed`) to drop, e.g. days older than any log still read. */
  forget?: readonly string[];
  /** The log sources' reading positions, by source name (opaque JSON; `null` removes). */
  checkpoints?: Readonly<Record<string, unknown>>;
  /** Pipeline state, by key, e.g. the aggregator's `toJSON()` (opaque JSON; `null` removes). */
  state?: Readonly<Record<string, unknown>>;
  /** Small caches, by key, e.g. the employee directory (opaque JSON; `null` removes). */
  caches?: Readonly<Record<string, unknown>>;
  /** Corrections to record or update, by id (see {@link LedgerCorrection}). */
  corrections?: readonly LedgerCorrectionInput[];
  /** Ids of corrections a person has fixed in KING OF TIME. */
  resolveCorrections?: readonly string[];
}

/** What happened to one entry of {@link LedgerTransaction.plan}. */
export interface PlanOutcome {
  /** The punch id. */
  id: string;
  /**
   * `inserted` (new), `updated` (still planned, time changed), `unchanged`, or `kept`: a request
   * for it had already started, so the stored punch (see `record`) stays as it is.
   */
  outcome: 'inserted' | 'updated' | 'unchanged' | 'kept';
  /** The punch as stored after the commit. */
  record: LedgerPunch;
}

/** The result of {@link LedgerStore.commit}. */
export interface CommitResult {
  /** The transaction's number: 1 for the first commit to a store, then one more each commit. */
  seq: number;
  /** One entry per planned punch, in the order given. */
  planned: PlanOutcome[];
  /** The ids in {@link LedgerTransaction.withdraw} that were dropped (the others were no longer `planned`). */
  withdrawn: string[];
}
