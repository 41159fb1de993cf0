import { HeldAggregator } from './internal/held-aggregator.js';

/**
 * Keeps the aggregator of {@link processEvents} in memory from one batch to the next within one
 * process, so that a batch costs what it changes rather than what the ledger holds. Without
 * it, every batch restores the aggregator from the ledger (reads and validates every open day)
 * and compares every open day with what is stored to find what to write: during a catch-up
 * of weeks of logs, thousands of open days per batch.
 *
 * The cache holds the aggregator exactly as the last successful commit of `processEvents` left
 * it, with the store, the state key and the store's {@link LedgerStore.stateSeq} after that
 * commit. The next batch reuses it only when the same store's state has not been written since
 * (deliveries and reconciliations between batches write punches only); otherwise — another
 * writer of the state, another store or state key, a reopened store — it restores from the
 * ledger as without a cache. It is emptied as a batch begins and refilled only after that
 * batch's commit succeeded, so a failed commit (or any error in between) never leaves the
 * batch's events in memory: the next batch restores what the ledger holds. Results and ledger
 * contents are the same with and without it. Not for sharing between processes (a ledger has
 * one writer); one cache per pipeline.
 *
 * @example
 * ```ts
 * const cache = createAggregatorCache();
 * for (;;) {
 *   const { events, checkpoint, done } = await reader.read(store.checkpoint('smarton'));
 *   processEvents({ store, source: 'smarton', events, checkpoint, aggregator, cache });
 *   if (done) break;
 * }
 * ```
 */
export interface AggregatorCache {
  /** The open days held (0 when it holds no aggregator). */
  readonly size: number;
  /** Drops the aggregator held: the next batch restores it from the ledger. */
  clear(): void;
}

/** An empty {@link AggregatorCache}, for {@link ProcessEventsOptions.cache}. */
export function createAggregatorCache(): AggregatorCache {
  return new HeldAggregator();
}
