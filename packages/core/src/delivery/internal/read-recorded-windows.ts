import type { EmployeeDay } from '../employee-day.js';
import { PunchReadError } from '../errors/punch-read-error.js';
import type { PunchSink, RecordedPunch } from '../punch-sink.js';
import { type ReadWindow, readWindows } from './read-windows.js';

/** How {@link readRecordedWindows} reads. */
export interface ReadRecordedWindowsOptions {
  /** The most working days one read covers (KING OF TIME reads at most 62 days per request). @default 31 */
  maxDaysPerRead?: number | undefined;
  /** Checked before each read (a fired signal throws its reason); passed to the sink. */
  signal?: AbortSignal | undefined;
  /** The clock behind {@link WindowRead.askedAt}. @default () => new Date() */
  now?: (() => Date) | undefined;
  /**
   * Whether an error about some employees only (a {@link PunchReadError} with `employeeCodes`)
   * leaves those employees out and reads on; otherwise it is thrown like any other.
   */
  scoped: boolean;
}

/** What one window of a batched read found. */
export interface WindowRead<T extends EmployeeDay> {
  /** The window: its days, its employees, every item of it (readable or not). */
  window: ReadWindow<T>;
  /**
   * What the attendance system holds for the items' employee days, for the employees it could
   * read; nothing of an unreadable employee (unknown, not absent).
   */
  recorded: RecordedPunch[];
  /** Employees of this window whose records could not be read (in this or an earlier window), with why. */
  unreadable: ReadonlyMap<string, PunchReadError>;
  /** When the read that answered was asked: absence proves only what had landed by then. */
  askedAt: Date;
}

/**
 * The one way core asks "what does KING OF TIME hold" for many employee days: the items are
 * grouped into windows of at most `maxDaysPerRead` working days (KING OF TIME's range limit),
 * one {@link PunchSink.recorded} call covers every employee of a window, and the windows are read
 * one after another (the sink's client paces its requests). With `scoped`, an employee the sink
 * cannot read (e.g. one not in KING OF TIME's employee list) is left out, its window is read
 * again without it, and it is not asked for in later windows: one employee never fails the
 * others' read. Yields each window once read, so that a caller can decide it before the next.
 *
 * @throws what the sink throws for the read as a whole (e.g. restricted hours), or for some
 *   employees when not `scoped`; the windows yielded before stay valid.
 */
export async function* readRecordedWindows<T extends EmployeeDay>(
  sink: Pick<PunchSink, 'recorded'>,
  items: readonly T[],
  options: ReadRecordedWindowsOptions,
): AsyncGenerator<WindowRead<T>, void, undefined> {
  const clock = options.now ?? (() => new Date());
  const unreadable = new Map<string, PunchReadError>();
  for (const window of readWindows(items, options.maxDaysPerRead ?? 31)) {
    const wanted = new Set(window.punches.map((item) => `${item.employeeCode}|${item.workday}`));
    let employeeCodes = window.employeeCodes.filter((code) => !unreadable.has(code));
    let recorded: readonly RecordedPunch[] = [];
    let askedAt = clock();
    while (employeeCodes.length > 0) {
      options.signal?.throwIfAborted();
      askedAt = clock();
      try {
        recorded = await sink.recorded(
          { employeeCodes, from: window.from, to: window.to },
          { signal: options.signal },
        );
        break;
      } catch (error) {
        const asked = new Set(employeeCodes);
        const only = PunchReadError.isInstance(error)
          ? [...new Set(error.employeeCodes ?? [])].filter((code) => asked.has(code))
          : [];
        if (!options.scoped || only.length === 0) throw error;
        for (const code of only) unreadable.set(code, error as PunchReadError);
        // Strictly fewer employees each time: the loop ends.
        employeeCodes = employeeCodes.filter((code) => !unreadable.has(code));
      }
    }
    yield {
      window,
      recorded: recorded.filter(
        (record) =>
          wanted.has(`${record.employeeCode}|${record.workday}`) && !unreadable.has(record.employeeCode),
      ),
      unreadable: new Map(
        window.employeeCodes.flatMap((code) => {
          const error = unreadable.get(code);
          return error ? [[code, error] as const] : [];
        }),
      ),
      askedAt,
    };
  }
}
