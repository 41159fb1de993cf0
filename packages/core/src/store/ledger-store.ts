import type { JsonValue } from '../ledger/json-value.js';
import type { LedgerCorrection } from '../ledger/ledger-correction.js';
import type { LedgerPunch } from '../ledger/ledger-punch.js';
import type { PunchState } from '../ledger/punch-state.js';
import type { CommitResult, LedgerTransaction } from './ledger-transaction.js';
import type { PunchQuery } from './punch-query.js';

/**
 * Where the ledger lives: punches with their delivery state, the sources' checkpoints, pipeline
 * state, caches and correction items, changed only by atomic transactions.
 *
 * Every method is synchronous on purpose: a commit is one step of the event loop, so nothing
 * in the same process can interleave between reading a punch and committing its next state.
 * When `commit` returns, the change is durable (for {@link FileLedgerStore}: on disk, fsynced).
 *
 * Implementations: {@link FileLedgerStore} (the default, survives `kill -9`) and
 * {@link MemoryLedgerStore} (tests). Punches and values read from a store are copies.
 */
export interface LedgerStore {
  /** The number of the last committed transaction (0 before the first). */
  readonly seq: number;
  /**
   * The number of the last committed transaction that wrote a pipeline state value (`state`);
   * it changes with every such commit and with nothing else. Lets a pipeline keep its state
   * in memory across commits that only touch punches (deliveries): if it has not moved since
   * the pipeline's own commit, the stored state is still what that commit left. Optional for
   * other implementations: without it, `seq` serves (and any commit in between means the state
   * is read again).
   */
  readonly stateSeq?: number;
  /**
   * Commits a transaction atomically and durably, checking every punch state change against
   * {@link punchTransitions}. On any error nothing is committed.
   * @throws {@link LedgerTransitionError} a refused state change; {@link LedgerTransactionError} invalid content;
   *   {@link LedgerWriteError} the disk refused the write; {@link LedgerClosedError} the store is closed.
   */
  commit(transaction: LedgerTransaction): CommitResult;
  /** One punch by id (`${employeeCode}|${workday}|${kind}|${seq}`). */
  get(id: string): LedgerPunch | undefined;
  /** Punches matching `query`, ordered by punch time, then id. */
  list(query?: PunchQuery): LedgerPunch[];
  /** How many punches are in each state. */
  counts(): Record<PunchState, number>;
  /** `planned` punches whose time has come (`at ≤ now`) and that are not waiting (`notBefore ≤ now`), earliest first. */
  due(now: Date, limit?: number): LedgerPunch[];
  /** A source's checkpoint, as last committed. */
  checkpoint(source: string): JsonValue | undefined;
  /** A pipeline state value (e.g. the aggregator's), as last committed. */
  state(key: string): JsonValue | undefined;
  /**
   * Every pipeline state value whose key starts with `prefix`, as `[key, value]` pairs ordered by
   * key — e.g. the aggregator's open days, stored one entry per day so that a commit writes only
   * the days that changed.
   */
  stateEntries(prefix: string): [key: string, value: JsonValue][];
  /** A cached value (e.g. the employee directory), as last committed. */
  cache(key: string): JsonValue | undefined;
  /** Correction items, oldest first; resolved ones only when asked for. */
  corrections(options?: { includeResolved?: boolean }): LedgerCorrection[];
  /** Releases the store (and, for files, the state directory's lock). Further commits throw. Idempotent. */
  close(): void;
}
