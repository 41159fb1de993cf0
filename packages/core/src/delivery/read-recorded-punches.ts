import type { EmployeeDay } from './employee-day.js';
import { PunchReadError } from './errors/punch-read-error.js';
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
 * The one place that asks "what does KING OF TIME hold": used before the first punch of a day
 * the ledger never saw (see {@link deliverDuePunches}) and by the `punches --check` command.
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
  const wanted = new Set<string>();
  const unique: EmployeeDay[] = [];
  for (const day of days) {
    const key = `${day.employeeCode}|${day.workday}`;
    if (wanted.has(key)) continue;
    wanted.add(key);
    unique.push({ employeeCode: day.employeeCode, workday: day.workday });
  }
  const recorded: RecordedPunch[] = [];
  const unreadable = new Set<string>();
  for (const window of readWindows(unique, options.maxDaysPerRead ?? 31)) {
    let employeeCodes = window.employeeCodes.filter((code) => !unreadable.has(code));
    while (employeeCodes.length > 0) {
      options.signal?.throwIfAborted();
      let found: readonly RecordedPunch[];
      try {
        found = await sink.recorded(
          { employeeCodes, from: window.from, to: window.to },
          { signal: options.signal },
        );
      } catch (error) {
        const asked = new Set(employeeCodes);
        const only = PunchReadError.isInstance(error)
          ? [...new Set(error.employeeCodes ?? [])].filter((code) => asked.has(code))
          : [];
        if (!options.onUnreadable || only.length === 0) throw error;
        options.onUnreadable(only, error as PunchReadError);
        for (const code of only) unreadable.add(code);
        // Strictly fewer employees each time: the loop ends.
        employeeCodes = employeeCodes.filter((code) => !unreadable.has(code));
        continue;
      }
      for (const record of found) {
        if (wanted.has(`${record.employeeCode}|${record.workday}`) && !unreadable.has(record.employeeCode)) {
          recorded.push(record);
        }
      }
      break;
    }
  }
  return recorded;
}
