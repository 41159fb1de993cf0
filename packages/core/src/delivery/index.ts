// Public exports of this area, by name.
export type { AggregatorCache } from './aggregator-cache.js';
export { createAggregatorCache } from './aggregator-cache.js';
export type { CircuitBreaker, CircuitBreakerOptions, CircuitState } from './circuit-breaker.js';
export { createCircuitBreaker } from './circuit-breaker.js';
export type {
  Pipeline,
  PipelineOptions,
  PipelineStatus,
  UnlinkedAccountDays,
  UpcomingClockOut,
} from './create-pipeline.js';
export { createPipeline } from './create-pipeline.js';
export type { DeliverDuePunchesOptions } from './deliver-due-punches.js';
export { deliverDuePunches } from './deliver-due-punches.js';
export type { DeliveryOutcome, DeliveryReport, DeliveryStop } from './delivery-outcome.js';
export type { EmployeeDay } from './employee-day.js';
export type { PunchReadErrorInit } from './errors/punch-read-error.js';
export { PunchReadError } from './errors/punch-read-error.js';
export type { PunchSendErrorInit } from './errors/punch-send-error.js';
export { PunchSendError } from './errors/punch-send-error.js';
export { FORGOTTEN_BEFORE_KEY, forgetSettledPunches, forgottenBefore } from './forget-settled-punches.js';
export type { DecideFromKotOptions, KotDecision } from './kot-decides.js';
export { decideFromKot, LEDGER_CREATED_KEY, ledgerCreatedAt } from './kot-decides.js';
export type { LedgerStatus, LedgerStatusOptions, WaitingPunch } from './ledger-status.js';
export { ledgerStatus } from './ledger-status.js';
export type { LogSource, LogSourceBatch, LogSourceIssue } from './log-source.js';
export type { PlanningSettings, ProcessEventsOptions, ProcessEventsResult } from './process-events.js';
export { processEvents } from './process-events.js';
export type { PunchSink, PunchSinkCallOptions, RecordedPunch, RecordedPunchQuery } from './punch-sink.js';
export type { ReadRecordedPunchesOptions } from './read-recorded-punches.js';
export { readRecordedPunches } from './read-recorded-punches.js';
export type { ReconcileOutcome, ReconcileReport, ReconcileUncertainOptions } from './reconcile-uncertain.js';
export { mayLookEarly, reconcilableAt, reconcileUncertain } from './reconcile-uncertain.js';
export type { RetryFailedPunchesOptions } from './retry-failed-punches.js';
export { retryFailedPunches } from './retry-failed-punches.js';
