import type { Aggregator } from './aggregator.js';
import type { AggregatorOptions } from './aggregator-options.js';
import { aggregatorStateSchema } from './aggregator-state.js';
import { AggregatorStateError } from './aggregator-state-error.js';
import { AggregatorImpl } from './internal/aggregator-impl.js';
import { checkAggregatorOptions } from './internal/check-aggregator-options.js';
import { DayState } from './internal/day-state.js';

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
  checkAggregatorOptions(options);
  const parsed = aggregatorStateSchema.safeParse(state);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AggregatorStateError(issue?.path.join('.') ?? '', issue?.message ?? 'invalid');
  }
  const aggregator = new AggregatorImpl(options);
  parsed.data.days.forEach((stored, index) => {
    if ((stored.employeeCode === undefined) === (stored.account === undefined)) {
      throw new AggregatorStateError(`days.${index}`, 'a day has exactly one of employeeCode and account');
    }
    const day = new DayState(
      {
        employeeCode: stored.employeeCode,
        account: stored.account,
        workday: stored.workday,
        timeZone: stored.timeZone,
        dayBorder: stored.dayBorder,
      },
      stored.first,
      stored.events,
      stored.last,
    );
    aggregator.restoreDay(day);
  });
  return aggregator;
}
