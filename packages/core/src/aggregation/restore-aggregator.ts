import type { Aggregator } from './aggregator.js';
import type { AggregatorOptions } from './aggregator-options.js';
import { restoreAggregatorImpl } from './internal/restore-aggregator-impl.js';

/**
 * An aggregator with the days of a state from `aggregator.toJSON()` (or its JSON text parsed).
 * Each day keeps the time zone and day-change time it was opened with; `options` apply to
 * events added from now on. Break options may differ from the stored aggregator's: breaks are
 * computed from the stored events when summaries are read.
 *
 * @throws {@link AggregatorStateError} when the state is not a valid version-1 state.
 * @throws {@link AggregatorOptionsError} for invalid options.
 * @example
 * const aggregator = restoreAggregator(JSON.parse(stored), options);
 */
export function restoreAggregator(state: unknown, options: AggregatorOptions = {}): Aggregator {
  return restoreAggregatorImpl(state, options);
}
