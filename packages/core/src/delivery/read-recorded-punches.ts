import type { EmployeeDay } from './employee-day.js';
import type { PunchReadError } from './errors/punch-read-error.js';
import { readRecordedWindows } from './internal/read-recorded-windows.js';
import type { PunchSink, RecordedPunch } from './punch-sink.js';

/** Options of {@link readRecordedPunches}. */
export interface ReadRecordedPunchesOptions {
  /**
   * The most working days one read covers (KING OF TIME reads at most 62 days per request).
   * @default 31
   */
  maxDaysPerRead?: number;
  /** Stops between reads (and is passed to the sink). */
  signal?: AbortSignal;
  /**
   * Called when the sink cannot read some employees only (a {@link PunchReadError} with
   * `employeeCodes`, e.g. an employee KING OF TIME's employee list does not hold): the others
   * are read without them, and nothing of these employees is returned (their records are
   * unknown, not absent). Without it, such an error is thrown like any other.
   */
  onUnreadable?: (employeeCodes: readonly string[], error: PunchReadError) => void;
}

/**
 * What the attendance system holds for many employees' working days, read in as few batched
 * reads as possible: the days are grouped into windows of at most `maxDaysPerRead` working days,
 * and one {@link PunchSink.recorded} call covers every employee of a window. Only the records of
 * the employee days asked for are returned.
 *
 * How core asks "what does KING OF TIME hold": used before the first punch of a day the ledger
 * never saw (see {@link deliverDuePunches}) and by the `punches --check` command; reconciliation
 * ({@link reconcileUncertain}) reads the same way, window by window.
 *
 * One employee the sink cannot read does not stall the others when `onUnreadable` is given.
 *
 * @throws what the sink throws ({@link PunchReadError} when the records cannot be read now,
 *   e.g. during restricted hours, with `retryAt`); nothing is returned then.
 * @example
 * ```ts
 * const held = await readRecordedPunches(sink, [{ employeeCode: '0001', workday: '2024-02-07' }]);
 * ```
 */
export async function readRecordedPunches(
  sink: Pick<PunchSink, 'recorded'>,
  days: Iterable<EmployeeDay>,
  options: ReadRecordedPunchesOptions = {},
): Promise<RecordedPunch[]> {
  const unique = new Map<string, EmployeeDay>();
  for (const day of days) {
    const key = `${day.employeeCode}|${day.workday}`;
    if (!unique.has(key)) unique.set(key, { employeeCode: day.employeeCode, workday: day.workday });
  }
  const recorded: RecordedPunch[] = [];
  const reported = new Set<string>();
  const reads = readRecordedWindows(sink, [...unique.values()], {
    maxDaysPerRead: options.maxDaysPerRead,
    signal: options.signal,
    scoped: options.onUnreadable !== undefined,
  });
  for await (const read of reads) {
    // Each employee once, with the error that named it (one call per error).
    const fresh = new Map<PunchReadError, string[]>();
    for (const [code, error] of read.unreadable) {
      if (reported.has(code)) continue;
      reported.add(code);
      fresh.set(error, [...(fresh.get(error) ?? []), code]);
    }
    for (const [error, codes] of fresh) options.onUnreadable?.(codes, error);
    recorded.push(...read.recorded);
  }
  return recorded;
}
