import type { AggregatorImpl } from '../../aggregation/internal/aggregator-impl.js';
import type { LedgerStore } from '../../store/ledger-store.js';
import type { AggregatorCache } from '../aggregator-cache.js';

interface Held {
  store: LedgerStore;
  stateKey: string;
  /** The store's state version right after the commit that left `aggregator` as it is. */
  version: number;
  aggregator: AggregatorImpl;
}

/** The implementation of `createAggregatorCache`. */
export class HeldAggregator implements AggregatorCache {
  private held: Held | undefined;

  get size(): number {
    return this.held?.aggregator.size ?? 0;
  }

  clear(): void {
    this.held = undefined;
  }

  /**
   * Takes the aggregator out — the cache is empty afterwards, whatever happens next — if it is
   * still what `store` holds under `stateKey`: same store, and no state written since.
   */
  take(store: LedgerStore, stateKey: string): AggregatorImpl | undefined {
    const held = this.held;
    this.held = undefined;
    if (held === undefined || held.store !== store || held.stateKey !== stateKey) return undefined;
    return held.version === stateVersion(store) ? held.aggregator : undefined;
  }

  /** Keeps `aggregator`, which the commit just made matches the ledger. */
  keep(store: LedgerStore, stateKey: string, aggregator: AggregatorImpl): void {
    this.held = { store, stateKey, version: stateVersion(store), aggregator };
  }
}

/** What changes whenever a commit writes state: `stateSeq`, or `seq` for a store without it. */
function stateVersion(store: LedgerStore): number {
  return store.stateSeq ?? store.seq;
}
