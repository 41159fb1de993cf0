import { LedgerClosedError } from '../ledger/errors/ledger-closed-error.js';
import { LedgerImage } from './internal/ledger-image.js';
import { ledgerReads } from './internal/ledger-reads.js';
import { recoverInFlight } from './internal/recover-in-flight.js';
import type { LedgerStore } from './ledger-store.js';
import type { CommitResult, LedgerTransaction } from './ledger-transaction.js';

/** Options of {@link MemoryLedgerStore}. */
export interface MemoryLedgerStoreOptions {
  /**
   * The clock for the ledger's own timestamps (`plannedAt`, `updatedAt`, correction times).
   * @default () => new Date()
   */
  now?: () => Date;
}

/**
 * A {@link LedgerStore} in memory, for tests and dry runs. It checks and stores exactly what
 * {@link FileLedgerStore} does (values go through the same JSON form), only nothing survives the
 * process. {@link MemoryLedgerStore.reopen} shows what a restart after a crash would find.
 *
 * @example
 * ```ts
 * const store = new MemoryLedgerStore();
 * store.commit({ plan: [punch] });
 * store.counts(); // { planned: 1, sending: 0, sent: 0, failed: 0, uncertain: 0 }
 * ```
 */
export class MemoryLedgerStore implements LedgerStore {
  private image = new LedgerImage();
  private closed = false;
  private readonly now: () => Date;

  // The queries are the same for every store over a ledger image: one implementation (ledgerReads).
  declare readonly get: LedgerStore['get'];
  declare readonly list: LedgerStore['list'];
  declare readonly counts: LedgerStore['counts'];
  declare readonly due: LedgerStore['due'];
  declare readonly checkpoint: LedgerStore['checkpoint'];
  declare readonly state: LedgerStore['state'];
  declare readonly stateEntries: LedgerStore['stateEntries'];
  declare readonly cache: LedgerStore['cache'];
  declare readonly corrections: LedgerStore['corrections'];

  /** @param options - see {@link MemoryLedgerStoreOptions} */
  constructor(options: MemoryLedgerStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    Object.assign(
      this,
      ledgerReads(() => this.image),
    );
  }

  get seq(): number {
    return this.image.seq;
  }

  get stateSeq(): number {
    return this.image.stateSeq;
  }

  commit(transaction: LedgerTransaction): CommitResult {
    if (this.closed) throw new LedgerClosedError('close() was called');
    const { change, planned, withdrawn } = this.image.prepare(transaction, this.now());
    this.image.apply(change);
    return {
      seq: change.seq,
      planned: planned.map((entry) => ({ ...entry, record: this.image.get(entry.id)! })),
      withdrawn,
    };
  }

  /**
   * Closes this store and returns a new one holding the same ledger as a restart after a crash
   * would find it: punches that were `sending` are `uncertain`.
   */
  reopen(): MemoryLedgerStore {
    this.close();
    const next = new MemoryLedgerStore({ now: this.now });
    next.image = this.image;
    recoverInFlight(next, this.now());
    return next;
  }

  close(): void {
    this.closed = true;
  }
}
