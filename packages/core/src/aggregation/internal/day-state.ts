import type { AggregatorDayState } from '../aggregator-state.js';
import type { BreakPeriod, DayEvent, DaySummary } from '../day-summary.js';
import { computeBreaks } from './compute-breaks.js';
import { replaces } from './event-order.js';
import { fingerprint, fingerprintBase } from './fingerprint.js';
import { FingerprintSet } from './fingerprint-set.js';

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
 *
 * `first` and `last` are the day's own objects, updated in place when a later (or earlier)
 * event arrives and copied ({@link copyEvent}) whenever they leave: replacing them with a new
 * object per event made every event's copy outlive the young generation (the next event of the
 * same day comes much later) and old-generation garbage collection dominated long reads.
 */
export class DayState {
  readonly base: number;
  readonly first: DayEvent;
  readonly last: DayEvent;
  readonly fingerprints: FingerprintSet;
  /**
   * Whether the ledger holds this day (it was restored from it, or written by a commit): an
   * evicted day the ledger never held needs no removal written.
   */
  stored = false;

  constructor(
    readonly identity: DayIdentity,
    event: DayEvent,
    fingerprints: Iterable<number> = [],
    last: DayEvent = event,
  ) {
    this.base = fingerprintBase(identity.workday);
    this.first = ownedEvent(event);
    this.last = ownedEvent(last);
    this.fingerprints = new FingerprintSet(fingerprints);
  }

  /** The fingerprint of an event for this day, or `undefined` if it cannot belong here. */
  fingerprintOf(event: DayEvent): number | undefined {
    return fingerprint(event, this.base);
  }

  /**
   * Takes an event in: `added` when it is new to the day, `moved` when it is a repeat that
   * still changed the day (an earlier read of its first or last event), `repeat` otherwise.
   */
  add(event: DayEvent, print: number): 'added' | 'moved' | 'repeat' {
    let moved = false;
    if (replaces(event, this.first, -1)) {
      assignEvent(this.first, event);
      moved = true;
    }
    if (replaces(event, this.last, 1)) {
      assignEvent(this.last, event);
      moved = true;
    }
    return this.fingerprints.add(print) ? 'added' : moved ? 'moved' : 'repeat';
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

/** A day as stored (`aggregator.toJSON()` lists these): plain JSON, sorted fingerprints. */
export function dayStateJson(day: DayState): AggregatorDayState {
  const { employeeCode, account, workday, timeZone, dayBorder } = day.identity;
  return {
    ...(employeeCode !== undefined ? { employeeCode } : {}),
    ...(account !== undefined ? { account } : {}),
    workday,
    timeZone,
    dayBorder,
    first: copyEvent(day.first),
    last: copyEvent(day.last),
    events: [...day.fingerprints].sort((a, b) => a - b),
  };
}

/** The map key of a day. */
export function dayKey(employeeCode: string | undefined, account: string, workday: string): string {
  return employeeCode !== undefined
    ? `e\u0000${employeeCode}\u0000${workday}`
    : `a\u0000${account}\u0000${workday}`;
}

/** A copy the caller may change without changing the day (no `undefined`-valued keys). */
export function copyEvent(event: DayEvent): DayEvent {
  const copy: DayEvent = { at: event.at, kind: event.kind, raw: event.raw, account: event.account };
  if (event.computer !== undefined) copy.computer = event.computer;
  const source = event.source;
  if (source !== undefined) {
    copy.source = { file: source.file, line: source.line };
    if (source.offset !== undefined) copy.source.offset = source.offset;
  }
  return copy;
}

/**
 * A day's own copy of an event, with every key present (one object shape, so that
 * {@link assignEvent} never changes it); it never leaves the day except through {@link copyEvent}.
 */
function ownedEvent(event: DayEvent): DayEvent {
  const source = event.source;
  return {
    at: event.at,
    kind: event.kind,
    raw: event.raw,
    account: event.account,
    computer: event.computer,
    source:
      source === undefined ? undefined : { file: source.file, line: source.line, offset: source.offset },
  };
}

/** Overwrites a day's own event with `from`. */
function assignEvent(target: DayEvent, from: DayEvent): void {
  target.at = from.at;
  target.kind = from.kind;
  target.raw = from.raw;
  target.account = from.account;
  target.computer = from.computer;
  const source = from.source;
  if (source === undefined) target.source = undefined;
  else if (target.source === undefined)
    target.source = { file: source.file, line: source.line, offset: source.offset };
  else {
    target.source.file = source.file;
    target.source.line = source.line;
    target.source.offset = source.offset;
  }
}
