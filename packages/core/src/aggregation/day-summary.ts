import type { EventSource, LogEventKind } from '../events/log-event.js';

/**
 * An event as a day summary keeps it. Instants are **epoch milliseconds** (`new Date(at)`
 * gives the `Date`), so summaries are plain JSON and compare with `<`.
 */
export interface DayEvent {
  /** The instant, epoch milliseconds. */
  at: number;
  kind: LogEventKind;
  /** The source's own word, as written. */
  raw: string;
  /** The account, normalised (see `normalizeAccount`). */
  account: string;
  computer?: string;
  source?: EventSource;
}

/** A break (休憩): from the lock/logoff that left the PC to the unlock/logon that came back. Epoch ms, whole seconds. */
export interface BreakPeriod {
  start: number;
  end: number;
}

/**
 * What the logs say about one employee's (or one unlinked account's) working day. Plain JSON:
 * instants are epoch milliseconds.
 */
export interface DaySummary {
  /** The account of the first event (an employee linked from several accounts may have more). */
  account: string;
  /** The linked KOT employee; absent when the account is not linked (such days get no punches). */
  employeeCode?: string;
  /** The working day (勤務日) `YYYY-MM-DD`. */
  workday: string;
  /** The time zone the working day was computed in. */
  timeZone: string;
  /** The day-change time the working day was computed with, `HH:MM`. */
  dayBorder: string;
  /** The earliest event: the 出勤 (clock-in) time. */
  first: DayEvent;
  /** The latest event: the 退勤 (clock-out) time. The same as `first` on a day with one event. */
  last: DayEvent;
  /** How many distinct events the day has (repeats of an event count once). */
  count: number;
  /** Breaks, in time order; empty unless breaks are enabled. */
  breaks: BreakPeriod[];
}
