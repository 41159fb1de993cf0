import type { LogEvent } from '../events/log-event.js';
import type { AggregatorState } from './aggregator-state.js';
import type { DaySummary } from './day-summary.js';

/** An event the aggregator could not take, and why. */
export interface RejectedEvent {
  event: LogEvent;
  /** What is wrong, e.g. an invalid date or an empty account. */
  reason: string;
}

/** What one `add()` did. */
export interface AddResult {
  /** Events new to their day. */
  added: number;
  /** Events already seen (same instant, kind, word, account and computer). */
  duplicates: number;
  /** Events that could not be placed on a working day; nothing else was affected. */
  rejected: RejectedEvent[];
}

/** Which days `evict` removes: a predicate, or every day before a working day. */
export type EvictSelector = ((day: DayKey) => boolean) | { before: string };

/** The identity of an open day, as `evict` predicates see it. */
export interface DayKey {
  employeeCode?: string;
  /** The account of the day's first event. */
  account: string;
  workday: string;
}

/**
 * Keeps, per (employee, working day) — or (account, working day) for an account that is not
 * linked — the first and last event, the number of distinct events and, when enabled, the
 * breaks. The result is the same whatever the order of events, however they are split across
 * `add()` calls, and however often an event is repeated.
 *
 * Memory is bounded by the open days (employees × days not yet evicted): per day two events
 * and one number per distinct event of that day (which breaks and duplicate-proof counting
 * need). Evict days once their punches are settled.
 */
export interface Aggregator {
  /** Takes events, in any order, repeats included. */
  add(events: Iterable<LogEvent>): AddResult;
  /** Every open day, by working day, then employee code, then account. */
  summaries(): DaySummary[];
  /** One linked employee's day, if open. */
  summary(employeeCode: string, workday: string): DaySummary | undefined;
  /** One unlinked account's day, if open. */
  accountSummary(account: string, workday: string): DaySummary | undefined;
  /**
   * Forgets days; returns how many. An event added later for a forgotten day opens it
   * again with only the later events — the planner compares against the ledger, so this never
   * sends a second punch (it may list a correction).
   */
  evict(selector: EvictSelector): number;
  /** How many days are open. */
  readonly size: number;
  /** The whole state as plain JSON, for `restoreAggregator`. */
  toJSON(): AggregatorState;
}
