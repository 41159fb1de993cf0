import type {
  AggregatorCache,
  CircuitBreaker,
  ClockOutPolicy,
  DeliveryOutcome,
  EmployeeDirectory,
  LedgerStore,
  LogSource,
  PunchSink,
  ReconcileOutcome,
} from '@pclogin/core';
import type { Clock } from '../clock/clock.js';
import type { Logger } from '../logging/logger.js';

/** How far a pass is, for progress bars. */
export type RunProgress =
  | { phase: 'read'; done: number; total: number; unit: string; events: number }
  | { phase: 'deliver'; done: number; total: number; outcome: DeliveryOutcome }
  | { phase: 'reconcile'; outcome: ReconcileOutcome };

/** Options of {@link runOnce}. */
export interface RunOnceOptions {
  /** Where the events come from (the SmartOn folder, or any other `LogSource`). */
  source: LogSource;
  /** The ledger: checkpoints, aggregator state, punches and corrections, committed together. */
  store: LedgerStore;
  /** Where punches go (KING OF TIME: {@link createKotPunchSink}). */
  sink: PunchSink;
  /** The employee an account's logs punch for, e.g. `createAccountResolver(links).resolve`. */
  resolveEmployee: (account: string) => string | undefined;
  /** KING OF TIME's employees and divisions: each employee's 日付変更時刻. */
  directory: EmployeeDirectory;
  /** @default () => new Date() */
  clock?: Clock;
  /**
   * The time zone the logs' working days are counted in.
   * @default 'Asia/Tokyo'
   */
  timeZone?: string;
  /**
   * The 日付変更時刻 for employees whose division the directory does not give.
   * @default '00:00'
   */
  defaultDayBorder?: string;
  /**
   * When clock-outs are sent: see the core's `ClockOutPolicy`.
   * @default 'after-day-end'
   */
  clockOut?: ClockOutPolicy;
  /**
   * Minutes after a working day's end before its clock-out is planned.
   * @default 60
   */
  graceMinutes?: number;
  /**
   * 休憩 detection and punches.
   * @default { enabled: false }
   */
  breaks?: { enabled: boolean; minGapMinutes?: number };
  /**
   * How much one read takes before its results are committed (and, in a backlog, delivered).
   * Smaller batches use less memory.
   * @default { maxEvents: 5000 }
   */
  batch?: { maxEvents?: number; maxBytes?: number };
  /**
   * Whether to send due punches and reconcile uncertain ones (`false`: only read and plan).
   * @default true
   */
  deliver?: boolean;
  /**
   * Plan (and commit) even when the source has nothing new, so that clock-outs whose working
   * day has just ended are planned. A polling service sets it only now and then
   * ({@link runAgent} every five minutes) to spare the disk a commit per poll.
   * @default true
   */
  planWhenIdle?: boolean;
  /**
   * How long an uncertain punch settles before KING OF TIME is asked about it (ms).
   * @default 60000
   */
  settleMs?: number;
  /**
   * Keeps the aggregator in memory between batches (the core's `createAggregatorCache()`), so
   * that a batch of a long backlog costs what it changes, not every open day. Pass the same
   * one to every pass of a polling agent ({@link runAgent} does).
   * @default a new cache for this pass
   */
  aggregatorCache?: AggregatorCache;
  /**
   * Recognises an outage of KING OF TIME from several failed requests in a row (the core's
   * `createCircuitBreaker()`). Pass the same one to every pass ({@link runAgent} does).
   * @default a new breaker for each delivery round
   */
  breaker?: CircuitBreaker;
  /** Stops between batches and between punches; the request in flight finishes. */
  signal?: AbortSignal;
  log?: Logger;
  onProgress?: (progress: RunProgress) => void;
}
