import type { BreakPeriod, DayEvent, DaySummary } from '../day-summary.js';
import { computeBreaks } from './compute-breaks.js';
import { replaces } from './event-order.js';
import { fingerprint, fingerprintBase } from './fingerprint.js';

/** Who a day belongs to and how its working day was computed. */
export interface DayIdentity {
  employeeCode: string | undefined;
  /** The account, for a day of an account that is not linked; `undefined` for a linked employee's day. */
  account: string | undefined;
  workday: string;
  timeZone: string;
  dayBorder: string;
}

/**
 * One open working day: its first and last events and the fingerprints of its distinct
 * events. Memory: two events plus one number per distinct event of the day.
 */
export class DayState {
  readonly base: number;
  first: DayEvent;
  last: DayEvent;
  readonly fingerprints: Set<number>;

  constructor(
    readonly identity: DayIdentity,
    event: DayEvent,
    fingerprints: Iterable<number> = [],
  ) {
    this.base = fingerprintBase(identity.workday);
    this.first = event;
    this.last = event;
    this.fingerprints = new Set(fingerprints);
  }

  /** The fingerprint of an event for this day, or `undefined` if it cannot belong here. */
  fingerprintOf(event: DayEvent): number | undefined {
    return fingerprint(event, this.base);
  }

  /** Takes an event in; `false` when it was a repeat of one already seen. */
  add(event: DayEvent, print: number): boolean {
    if (replaces(event, this.first, -1)) this.first = event;
    if (replaces(event, this.last, 1)) this.last = event;
    if (this.fingerprints.has(print)) return false;
    this.fingerprints.add(print);
    return true;
  }

  breaks(minGapMs: number | undefined): BreakPeriod[] {
    return minGapMs === undefined ? [] : computeBreaks(this.fingerprints, this.base, minGapMs);
  }

  summary(minGapMs: number | undefined): DaySummary {
    const { employeeCode, workday, timeZone, dayBorder } = this.identity;
    const summary: DaySummary = {
      account: this.first.account,
      workday,
      timeZone,
      dayBorder,
      first: copyEvent(this.first),
      last: copyEvent(this.last),
      count: this.fingerprints.size,
      breaks: this.breaks(minGapMs),
    };
    if (employeeCode !== undefined) summary.employeeCode = employeeCode;
    return summary;
  }
}

/** The map key of a day. */
export function dayKey(employeeCode: string | undefined, account: string, workday: string): string {
  return employeeCode !== undefined
    ? `e\u0000${employeeCode}\u0000${workday}`
    : `a\u0000${account}\u0000${workday}`;
}

/** A copy the caller may change without changing the day. */
export function copyEvent(event: DayEvent): DayEvent {
  return event.source ? { ...event, source: { ...event.source } } : { ...event };
}
