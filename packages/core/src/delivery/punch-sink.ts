import type { PlannedPunch } from '../punches/planned-punch.js';
import type { PunchKind } from '../punches/punch-kind.js';

/** A punch as the attendance system holds it, for reconciliation. */
export interface RecordedPunch {
  /** The employee code. */
  employeeCode: string;
  /** The working day it is recorded on, `YYYY-MM-DD`. */
  workday: string;
  /** Its kind; `undefined` for kinds pclogin does not plan (e.g. KOT's 外出 going out). */
  kind: PunchKind | undefined;
  /** Its time. Compared to the minute: a system that drops the seconds still matches. */
  at: Date;
}

/** Which recorded punches {@link PunchSink.recorded} must return. */
export interface RecordedPunchQuery {
  /** The employees concerned (at least one). */
  employeeCodes: readonly string[];
  /** First working day, `YYYY-MM-DD` (inclusive). */
  from: string;
  /** Last working day, `YYYY-MM-DD` (inclusive); at most {@link ReconcileUncertainOptions.maxDaysPerRead} days after `from`. */
  to: string;
}

/** What a sink's calls receive besides the punch or query. */
export interface PunchSinkCallOptions {
  /**
   * Aborted when the caller wants to stop. A sink may let the current request finish (best:
   * its outcome is then known) or abort it (the punch then ends `uncertain`).
   */
  signal?: AbortSignal | undefined;
}

/**
 * Where punches go: the only part of delivery that knows the attendance system. The reference
 * agent implements it with `@pclogin/kot-client` (`createKotPunchSink` in `@pclogin/agent`:
 * KING OF TIME's 打刻 POST and its timerecord reads); tests use a fake that keeps what it was sent.
 *
 * @example
 * ```ts
 * const sink: PunchSink = {
 *   async send(punch) {
 *     try {
 *       await kot.timerecords.create(keyOf(punch.employeeCode), { date: punch.workday, time: punch.at, code: punch.kind });
 *     } catch (error) {
 *       throw toPunchSendError(error); // see the README's error mapping
 *     }
 *   },
 *   async recorded(query) {
 *     return readTimerecords(query); // throws PunchReadError during restricted hours
 *   },
 * };
 * ```
 */
export interface PunchSink {
  /**
   * Sends one punch. Resolves when the attendance system confirmed it; otherwise throws a
   * {@link PunchSendError} saying whether it may have been applied. Called at most once at a
   * time, and only after the ledger durably recorded the punch as `sending`.
   */
  send(punch: PlannedPunch, options: PunchSinkCallOptions): Promise<void>;
  /**
   * The punches the attendance system holds for these employees and working days. Throws
   * {@link PunchReadError} when they cannot be read now (with `retryAt` when known).
   */
  recorded(query: RecordedPunchQuery, options: PunchSinkCallOptions): Promise<readonly RecordedPunch[]>;
}
