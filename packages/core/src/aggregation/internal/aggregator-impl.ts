import type { LogEvent } from '../../events/log-event.js';
import { normalizeAccount } from '../../linking/normalize-account.js';
import { resolveWorkdayOptions } from '../../workdays/internal/resolve-workday-options.js';
import { workdayBounds } from '../../workdays/workday-bounds.js';
import { workdayOf } from '../../workdays/workday-of.js';
import type { AddResult, Aggregator, DayKey, EvictSelector } from '../aggregator.js';
import { type AggregatorOptions, DEFAULT_MIN_BREAK_MINUTES } from '../aggregator-options.js';
import type { AggregatorState } from '../aggregator-state.js';
import type { DayEvent, DaySummary } from '../day-summary.js';
import { copyEvent, DayState, dayKey } from './day-state.js';

interface Placement {
  /** The `add()` call this placement was last confirmed in. */
  batch: number;
  /** Why events of this account cannot be placed, if they cannot; the other fields are then unused. */
  error: string | undefined;
  account: string;
  employeeCode: string | undefined;
  timeZone: string;
  dayBorder: string;
  /** The working day last found for this zone and day-change time, shared by every account using them. */
  range: WorkdayRange;
  /** The day the account's previous event went to, and that day's working day. */
  lastWorkday: string | undefined;
  lastDay: DayState | undefined;
}

/** The instants `[start, end)` of one working day. */
interface WorkdayRange {
  start: number;
  end: number;
  workday: string;
}

/** Accounts remembered across add() calls before the memory is emptied (it refills as needed). */
const MAX_PLACEMENTS = 100_000;

/** The range of a placement that has none (an account that cannot be placed). */
const NO_RANGE: WorkdayRange = Object.freeze({ start: 0, end: 0, workday: '' });

/** The aggregator behind `createAggregator` and `restoreAggregator`. */
export class AggregatorImpl implements Aggregator {
  private readonly days = new Map<string, DayState>();
  // Log events come mostly in time order, so consecutive events fall into the same working
  // day: remembering its bounds per (zone, day-change time) answers most events without
  // converting the instant to local time (workdayOf), which dominated add() in profiles.
  private readonly ranges = new Map<string, WorkdayRange>();
  // Placements by raw account, kept across add() calls and confirmed once per call: the
  // account's employee and working-day options are looked up again in each call (links and
  // directories may change between calls), but the normalised account, the objects and the
  // day last used are reused. Batches of a few hundred events from thousands of accounts
  // otherwise place nearly every event afresh.
  private readonly placements = new Map<string, Placement>();
  private batch = 0;
  private readonly scratch: DayEvent = {
    at: 0,
    kind: 'other',
    raw: '',
    account: '',
    computer: undefined,
    source: undefined,
  };
  private fixedOptions: { timeZone: string; dayBorder: string } | undefined;
  private readonly minGapMs: number | undefined;

  constructor(private readonly options: AggregatorOptions) {
    this.minGapMs = options.breaks?.enabled
      ? (options.breaks.minGapMinutes ?? DEFAULT_MIN_BREAK_MINUTES) * 60_000
      : undefined;
  }

  get size(): number {
    return this.days.size;
  }

  add(events: Iterable<LogEvent>): AddResult {
    const result: AddResult = { added: 0, duplicates: 0, rejected: [] };
    // Accounts repeat within a batch; resolving each once per batch keeps add() cheap
    // while still following a directory or links that change between batches.
    const batch = ++this.batch;
    if (this.placements.size > MAX_PLACEMENTS) this.placements.clear();
    this.fixedOptions = undefined;
    for (const event of events) {
      if (!(event.at instanceof Date) || Number.isNaN(event.at.getTime())) {
        result.rejected.push({ event, reason: 'the event has no valid instant (at)' });
        continue;
      }
      let placement = this.placements.get(event.account);
      if (placement?.batch !== batch) {
        placement = this.place(event.account, placement, batch);
        this.placements.set(event.account, placement);
      }
      if (placement.error !== undefined) {
        result.rejected.push({ event, reason: placement.error });
        continue;
      }
      const { account, employeeCode, timeZone, dayBorder, range } = placement;
      const at = event.at.getTime();
      if (!(at >= range.start && at < range.end)) this.findWorkday(at, placement);
      const workday = range.workday;
      // One reused object describes the event to the day (which copies what it keeps): no
      // allocation per event.
      const dayEvent = this.scratch;
      dayEvent.at = at;
      dayEvent.kind = event.kind;
      dayEvent.raw = event.raw;
      dayEvent.account = account;
      dayEvent.computer = event.computer;
      dayEvent.source = event.source;
      let day = placement.lastWorkday === workday ? placement.lastDay : undefined;
      day ??= this.days.get(dayKey(employeeCode, account, workday));
      const fresh = day === undefined;
      day ??= new DayState(
        {
          employeeCode,
          account: employeeCode === undefined ? account : undefined,
          workday,
          timeZone,
          dayBorder,
        },
        dayEvent,
      );
      const print = day.fingerprintOf(dayEvent);
      if (print === undefined) {
        result.rejected.push({ event, reason: `the event lies outside working day ${workday}` });
        continue;
      }
      if (fresh) this.days.set(dayKey(employeeCode, account, workday), day);
      placement.lastWorkday = workday;
      placement.lastDay = day;
      if (day.add(dayEvent, print)) result.added++;
      else result.duplicates++;
    }
    return result;
  }

  /** Places an account's events for this batch, reusing `previous` when nothing changed. */
  private place(rawAccount: string, previous: Placement | undefined, batch: number): Placement {
    const account = previous?.account ?? (typeof rawAccount === 'string' ? normalizeAccount(rawAccount) : '');
    const placement = (fields: Partial<Placement>): Placement => ({
      batch,
      error: undefined,
      account,
      employeeCode: undefined,
      timeZone: '',
      dayBorder: '',
      range: NO_RANGE,
      lastWorkday: undefined,
      lastDay: undefined,
      ...fields,
    });
    if (account === '') return placement({ error: 'the event has an empty account' });
    const employeeCode = this.options.resolveEmployee?.(account);
    const source = this.options.workdayOptions;
    let timeZone: string;
    let dayBorder: string;
    try {
      if (typeof source === 'function')
        ({ timeZone, dayBorder } = resolveWorkdayOptions(source(employeeCode, account)));
      else {
        // The same options for every account: resolved once per add() call.
        this.fixedOptions ??= resolveWorkdayOptions(source);
        ({ timeZone, dayBorder } = this.fixedOptions);
      }
    } catch (error) {
      const who = employeeCode === undefined ? `account ${account}` : `employee ${employeeCode}`;
      return placement({ employeeCode, error: `no working day for ${who}: ${(error as Error).message}` });
    }
    if (
      previous !== undefined &&
      previous.error === undefined &&
      previous.employeeCode === employeeCode &&
      previous.timeZone === timeZone &&
      previous.dayBorder === dayBorder
    ) {
      previous.batch = batch;
      return previous;
    }
    const rangeKey = `${timeZone}\u0000${dayBorder}`;
    let range = this.ranges.get(rangeKey);
    if (!range) {
      range = { start: 0, end: 0, workday: '' };
      this.ranges.set(rangeKey, range);
    }
    return placement({ employeeCode, timeZone, dayBorder, range });
  }

  /** Sets `placement.range` to the working day holding `at`. */
  private findWorkday(at: number, placement: Placement): void {
    const options = { timeZone: placement.timeZone, dayBorder: placement.dayBorder };
    const workday = workdayOf(at, options);
    const { start, end } = workdayBounds(workday, options);
    placement.range.start = start.getTime();
    placement.range.end = end.getTime();
    placement.range.workday = workday;
  }

  summaries(): DaySummary[] {
    return [...this.days.values()]
      .map((day) => day.summary(this.minGapMs))
      .sort(
        (a, b) =>
          compareText(a.workday, b.workday) ||
          compareText(a.employeeCode ?? '', b.employeeCode ?? '') ||
          compareText(a.account, b.account),
      );
  }

  summary(employeeCode: string, workday: string): DaySummary | undefined {
    return this.days.get(dayKey(employeeCode, '', workday))?.summary(this.minGapMs);
  }

  accountSummary(account: string, workday: string): DaySummary | undefined {
    return this.days.get(dayKey(undefined, normalizeAccount(account), workday))?.summary(this.minGapMs);
  }

  evict(selector: EvictSelector): number {
    let removed = 0;
    for (const [key, day] of this.days) {
      const hit =
        typeof selector === 'function' ? selector(dayKeyOf(day)) : day.identity.workday < selector.before;
      if (hit) {
        this.days.delete(key);
        removed++;
      }
    }
    // Placements may point at an evicted day: forget which day each account used last.
    for (const placement of this.placements.values()) {
      placement.lastWorkday = undefined;
      placement.lastDay = undefined;
    }
    return removed;
  }

  toJSON(): AggregatorState {
    return {
      version: 1,
      days: [...this.days.values()].map((day) => {
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
      }),
    };
  }

  /** Puts a restored day back. */
  restoreDay(day: DayState): void {
    const { employeeCode, account, workday } = day.identity;
    this.days.set(dayKey(employeeCode, account ?? '', workday), day);
  }
}

function dayKeyOf(day: DayState): DayKey {
  const key: DayKey = { account: day.first.account, workday: day.identity.workday };
  if (day.identity.employeeCode !== undefined) key.employeeCode = day.identity.employeeCode;
  return key;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
