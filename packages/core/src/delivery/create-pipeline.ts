import type { AggregatorOptions } from '../aggregation/aggregator-options.js';
import type { LogEvent } from '../events/log-event.js';
import type { JsonValue } from '../ledger/json-value.js';
import { DEFAULT_GRACE_MINUTES } from '../planning/plan-punches.js';
import { punchId } from '../punches/planned-punch.js';
import type { LedgerStore } from '../store/ledger-store.js';
import { workdayBounds } from '../workdays/workday-bounds.js';
import { createAggregatorCache } from './aggregator-cache.js';
import { createCircuitBreaker } from './circuit-breaker.js';
import { deliverDuePunches } from './deliver-due-punches.js';
import type { DeliveryOutcome, DeliveryReport } from './delivery-outcome.js';
import { readAggregatorState, restoreStoredAggregator } from './internal/aggregator-ledger-state.js';
import { toClock } from './internal/clock.js';
import { type LedgerStatus, ledgerStatus } from './ledger-status.js';
import { type PlanningSettings, type ProcessEventsResult, processEvents } from './process-events.js';
import type { PunchSink } from './punch-sink.js';
import { type ReconcileOutcome, type ReconcileReport, reconcileUncertain } from './reconcile-uncertain.js';

/** Options of {@link createPipeline}. */
export interface PipelineOptions {
  /** The ledger (e.g. `FileLedgerStore.open(stateDirectory)`). */
  store: LedgerStore;
  /** Where punches go (the reference agent's KING OF TIME sink). */
  sink: PunchSink;
  /** How events are attributed and grouped: links (`resolveEmployee`), working days, breaks. */
  aggregator?: AggregatorOptions;
  /** How punches are planned. */
  planning?: PlanningSettings;
  /**
   * The clock.
   * @default () => new Date()
   */
  now?: () => Date;
  /**
   * Reconciliation's settle time; see {@link ReconcileUncertainOptions.settleMs}.
   * @default 60000
   */
  settleMs?: number;
  /**
   * See {@link ProcessEventsOptions.retainDays}.
   * @default 2
   */
  retainDays?: number;
}

/** A 退勤 (clock-out) the planner will plan once its working day has ended (policy `after-day-end`). */
export interface UpcomingClockOut {
  /** The KOT employee code. */
  employeeCode: string;
  /** The working day (勤務日), `YYYY-MM-DD`. */
  workday: string;
  /** The day's last log so far: the clock-out time if no later log arrives. */
  lastLogAt: Date;
  /** When it will be planned: the working day's end plus the grace period. */
  plannedAfter: Date;
}

/** An account whose logs the ledger keeps without a link: they are punched once it is linked. */
export interface UnlinkedAccountDays {
  /** The account (normalised). */
  account: string;
  /** How many distinct logs are kept. */
  logs: number;
  /** The working days they fall on, sorted. */
  workdays: string[];
}

/** {@link LedgerStatus} plus what the aggregated logs will still produce. */
export interface PipelineStatus extends LedgerStatus {
  /** Clock-outs waiting for their working day to end, earliest first. */
  upcoming: UpcomingClockOut[];
  /** Accounts with kept logs and no link, by account. */
  unlinked: UnlinkedAccountDays[];
}

/**
 * Everything a log source needs after its parser, bound to one ledger and one sink. A source
 * only reads events and its checkpoint; the pipeline does the rest:
 *
 * @example
 * ```ts
 * const pipeline = createPipeline({ store, sink, aggregator: { resolveEmployee: resolver.resolve } });
 * const { events, checkpoint } = readMyLog(pipeline.checkpoint('door-access'));
 * pipeline.ingest('door-access', events, checkpoint); // plan (one transaction with the checkpoint)
 * await pipeline.reconcile();                          // settle uncertain punches
 * await pipeline.deliver();                            // send what is due
 * console.log(pipeline.status().counts);
 * ```
 */
export interface Pipeline {
  /** The ledger. */
  readonly store: LedgerStore;
  /** A source's last committed checkpoint (`undefined` before its first batch): where to resume reading. */
  checkpoint(source: string): JsonValue | undefined;
  /**
   * {@link processEvents} for one batch (may be empty: call it on every poll, because
   * `after-day-end` clock-outs are planned when time passes, not when logs arrive).
   */
  ingest(source: string, events: Iterable<LogEvent>, checkpoint: unknown): ProcessEventsResult;
  /** {@link deliverDuePunches}. */
  deliver(options?: {
    limit?: number;
    signal?: AbortSignal;
    onOutcome?: (outcome: DeliveryOutcome) => void;
  }): Promise<DeliveryReport>;
  /** {@link reconcileUncertain}. */
  reconcile(options?: {
    signal?: AbortSignal;
    onOutcome?: (outcome: ReconcileOutcome) => void;
  }): Promise<ReconcileReport>;
  /** {@link ledgerStatus}, with the clock-outs still to come. */
  status(): PipelineStatus;
}

/** Binds a ledger, a sink and the aggregation and planning settings into a {@link Pipeline}. */
export function createPipeline(options: PipelineOptions): Pipeline {
  const { store, sink } = options;
  const clock = toClock(options.now);
  const settleMs = options.settleMs ?? 60_000;
  // The aggregator stays in memory between ingests (see AggregatorCache): a batch costs what
  // it changes. Deliveries and reconciliations in between write punches only, so it stays valid.
  const cache = createAggregatorCache();
  // One breaker for the pipeline's life: an outage one round found holds the next back.
  const breaker = createCircuitBreaker();
  return {
    store,
    checkpoint: (source) => store.checkpoint(source),
    ingest: (source, events, checkpoint) =>
      processEvents({
        store,
        source,
        events,
        checkpoint,
        now: clock,
        aggregator: options.aggregator,
        planning: options.planning,
        retainDays: options.retainDays,
        cache,
      }),
    deliver: (more = {}) => deliverDuePunches({ store, sink, now: clock, settleMs, breaker, ...more }),
    reconcile: (more = {}) => reconcileUncertain({ store, sink, now: clock, settleMs, ...more }),
    status: () => ({
      ...ledgerStatus(store, { now: clock, settleMs }),
      upcoming: upcoming(),
      unlinked: unlinked(),
    }),
  };

  function unlinked(): UnlinkedAccountDays[] {
    const stored = readAggregatorState(store, 'aggregator');
    if (stored.state === undefined) return [];
    const byAccount = new Map<string, UnlinkedAccountDays>();
    for (const day of stored.state.days) {
      if (day.employeeCode !== undefined || day.account === undefined) continue;
      const entry = byAccount.get(day.account) ?? { account: day.account, logs: 0, workdays: [] };
      entry.logs += day.events.length;
      entry.workdays.push(day.workday);
      byAccount.set(day.account, entry);
    }
    for (const entry of byAccount.values()) entry.workdays.sort();
    return [...byAccount.values()].sort((a, b) =>
      a.account < b.account ? -1 : a.account > b.account ? 1 : 0,
    );
  }

  function upcoming(): UpcomingClockOut[] {
    if ((options.planning?.policy ?? 'after-day-end') !== 'after-day-end') return [];
    const stored = readAggregatorState(store, 'aggregator');
    if (stored.state === undefined) return [];
    const graceMs = (options.planning?.graceMinutes ?? DEFAULT_GRACE_MINUTES) * 60_000;
    const result: UpcomingClockOut[] = [];
    for (const day of restoreStoredAggregator(stored, {}).summaries()) {
      // A day whose logs all fall in one second gets no 退勤 (the planner lists it as a correction).
      if (
        day.employeeCode === undefined ||
        Math.floor(day.last.at / 1000) === Math.floor(day.first.at / 1000)
      )
        continue;
      if (store.get(punchId(day.employeeCode, day.workday, 'clockOut'))) continue;
      const end = workdayBounds(day.workday, { timeZone: day.timeZone, dayBorder: day.dayBorder }).end;
      result.push({
        employeeCode: day.employeeCode,
        workday: day.workday,
        lastLogAt: new Date(day.last.at),
        plannedAfter: new Date(end.getTime() + graceMs),
      });
    }
    return result.sort((a, b) => a.plannedAfter.getTime() - b.plannedAfter.getTime());
  }
}
