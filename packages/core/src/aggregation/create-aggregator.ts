import type { Aggregator } from './aggregator.js';
import type { AggregatorOptions } from './aggregator-options.js';
import { AggregatorImpl } from './internal/aggregator-impl.js';
import { checkAggregatorOptions } from './internal/check-aggregator-options.js';

/**
 * A new, empty {@link Aggregator}.
 *
 * Links are applied as events are added: events added while an account was not linked stay
 * on that account's days (with no `employeeCode`, so no punches). To apply new links to
 * earlier logs, read those logs again into a new aggregator.
 *
 * @throws {@link AggregatorOptionsError} for invalid options.
 * @example
 * const aggregator = createAggregator({
 *   resolveEmployee: createAccountResolver(links).resolve,
 *   workdayOptions: directoryWorkdayOptions(directory),
 *   breaks: { enabled: true, minGapMinutes: 30 },
 * });
 * aggregator.add(events);
 * for (const day of aggregator.summaries()) console.log(day.employeeCode, day.workday, new Date(day.first.at));
 */
export function createAggregator(options: AggregatorOptions = {}): Aggregator {
  checkAggregatorOptions(options);
  return new AggregatorImpl(options);
}
