import type { AggregatorOptions } from '../aggregator-options.js';
import { aggregatorStateSchema } from '../aggregator-state.js';
import { AggregatorStateError } from '../aggregator-state-error.js';
import { AggregatorImpl } from './aggregator-impl.js';
import { checkAggregatorOptions } from './check-aggregator-options.js';
import { DayState } from './day-state.js';

/**
 * `restoreAggregator`, returning the implementation (whose change tracking the pipeline uses).
 * @throws {@link AggregatorStateError} when the state is not a valid version-1 state.
 * @throws {@link AggregatorOptionsError} for invalid options.
 */
export function restoreAggregatorImpl(state: unknown, options: AggregatorOptions): AggregatorImpl {
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
