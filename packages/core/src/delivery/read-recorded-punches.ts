import type { EmployeeDay } from './employee-day.js';
import { readWindows } from './internal/read-windows.js';
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
}

/**
 * What the attendance system holds for many employees' working days, read in as few batched
 * reads as possible: the days are grouped into windows of at most `maxDaysPerRead` working days,
 * and one {@link PunchSink.recorded} call covers every employee of a window. Only the records of
 * the employee days asked for are returned.
 *
 * The one place that asks "what does KING OF TIME hold": used before the first punch of a day
 * the ledger never saw (see {@link deliverDuePunches}) and by the `punches --check` command.
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
  const wanted = new Set<string>();
  const unique: EmployeeDay[] = [];
  for (const day of days) {
    const key = `${day.employeeCode}|${day.workday}`;
    if (wanted.has(key)) continue;
    wanted.add(key);
    unique.push({ employeeCode: day.employeeCode, workday: day.workday });
  }
  const recorded: RecordedPunch[] = [];
  for (const window of readWindows(unique, options.maxDaysPerRead ?? 31)) {
    options.signal?.throwIfAborted();
    const found = await sink.recorded(
      { employeeCodes: window.employeeCodes, from: window.from, to: window.to },
      { signal: options.signal },
    );
    for (const record of found) {
      if (wanted.has(`${record.employeeCode}|${record.workday}`)) recorded.push(record);
    }
  }
  return recorded;
}
