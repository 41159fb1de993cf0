// Public exports of this area, by name.
export type { AddResult, Aggregator, DayKey, EvictSelector, RejectedEvent } from './aggregator.js';
export type { AggregatorOptions, BreakOptions, WorkdayOptionsSource } from './aggregator-options.js';
export { DEFAULT_MIN_BREAK_MINUTES } from './aggregator-options.js';
export { AggregatorOptionsError } from './aggregator-options-error.js';
export type { AggregatorDayState, AggregatorState } from './aggregator-state.js';
export { aggregatorDayStateSchema, aggregatorStateSchema } from './aggregator-state.js';
export { AggregatorStateError } from './aggregator-state-error.js';
export type { AnnotatedLogEvent, LogRemark, LogViewOptions } from './annotate-log-view.js';
export { annotateLogView } from './annotate-log-view.js';
export { createAggregator } from './create-aggregator.js';
export type { BreakPeriod, DayEvent, DaySummary } from './day-summary.js';
export type { RelinkedDay } from './relinked-day.js';
export { restoreAggregator } from './restore-aggregator.js';
