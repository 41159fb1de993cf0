import type { WorkdayOptions } from '../workdays/workday-options.js';

/** Break (休憩) detection, as KING OF TIME's own PC-log feature does it. */
export interface BreakOptions {
  /** Whether to find breaks at all. */
  enabled: boolean;
  /**
   * The shortest gap that counts: a lock→unlock or logoff→logon gap at least this long
   * becomes a break.
   * @default 30
   */
  minGapMinutes?: number;
}

/**
 * Working-day options for everyone, or per employee: called with the employee code
 * (`undefined` for an account that is not linked) and the normalised account.
 */
export type WorkdayOptionsSource =
  | WorkdayOptions
  | ((employeeCode: string | undefined, account: string) => WorkdayOptions);

/** Options of `createAggregator` and `restoreAggregator`. */
export interface AggregatorOptions {
  /**
   * The employee an account's logs punch for (e.g. `createAccountResolver(links).resolve`).
   * Applied when events are added; without it, every day belongs to its account alone.
   */
  resolveEmployee?: (account: string) => string | undefined;
  /**
   * Time zone and day-change time (日付変更時刻), e.g. `directoryWorkdayOptions(directory)`.
   * @default { timeZone: 'Asia/Tokyo', dayBorder: '00:00' }
   */
  workdayOptions?: WorkdayOptionsSource;
  /**
   * Break detection.
   * @default { enabled: false }
   */
  breaks?: BreakOptions;
}

/** The default shortest break, in minutes. */
export const DEFAULT_MIN_BREAK_MINUTES = 30;
