import type { LogEvent } from '../../events/log-event.js';
import { normalizeAccount } from '../../linking/normalize-account.js';
import { resolveWorkdayOptions } from '../../workdays/internal/resolve-workday-options.js';
import { workdayBounds } from '../../workdays/workday-bounds.js';
import { workdayOf } from '../../workdays/workday-of.js';
import type { AddResult, Aggregator, DayKey, EvictSelector } from '../aggregator.js';
import { type AggregatorOptions, DEFAULT_MIN_BREAK_MINUTES } from '../aggregator-options.js';
import type { AggregatorState } from '../aggregator-state.js';
import type { DayEvent, DaySummary } from '../day-summary.js';
import type { RelinkedDay } from '../relinked-day.js';
import { checkAggregatorOptions } from './check-aggregator-options.js';
import { DayState, dayKey, dayStateJson } from './day-state.js';
import { relinkDay } from './relink-day.js';

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
  private minGapMs: number | undefined;
  // The days changed (opened, or given a new event) and the days evicted since the last
  // takeChanges(): what a commit must write, found without comparing every open day.
  private readonly changed = new Set<DayState>();
  private readonly removed = new Set<DayState>();
  // The resolver the open days were last checked against: a new one (links changed, or a new
  // aggregator) checks every open day; the same one only the days of unlinked accounts.
  private checkedResolver: AggregatorOptions['resolveEmployee'] | null = null;
  private relinked: RelinkedDay[] = [];

  constructor(private options: AggregatorOptions) {
    this.minGapMs = minGapOf(options);
  }

  /**
   * Applies `options` to the events added from now on, as `restoreAggregator(state, options)`
   * would (the open days keep their time zone and day-change time; breaks follow the new
   * options). Placements are confirmed again by the next add() anyway.
   */
  useOptions(options: AggregatorOptions): void {
    if (options === this.options) return;
    checkAggregatorOptions(options);
    this.options = options;
    this.minGapMs = minGapOf(options);
    this.placements.clear();
  }

  /**
   * The days changed and the stored days evicted since the last call (or since the aggregator
   * was restored), and forgets them: the caller commits them. Changed days count as stored
   * from now on — a caller whose commit fails must drop this aggregator.
   */
  takeChanges(): { changed: DayState[]; removed: DayState[] } {
    const changed = [...this.changed];
    const removed = [...this.removed].filter((day) => day.stored);
    for (const day of changed) day.stored = true;
    this.changed.clear();
    this.removed.clear();
    return { changed, removed };
  }

  /** Marks every open day as stored and forgets the changes: the ledger now holds exactly these days. */
  markStored(): void {
    for (const day of this.days.values()) day.stored = true;
    this.changed.clear();
    this.removed.clear();
  }

  get size(): number {
    return this.days.size;
  }

  /** The days moved to another owner since the last call, and forgets them. */
  takeRelinked(): RelinkedDay[] {
    const relinked = this.relinked;
    this.relinked = [];
    return relinked;
  }

  /**
   * Moves open days to the owner their account has now: an unlinked account's days to the
   * employee it was linked to since (the log before the link still counts), and an employee's
   * day whose events all came from one account now linked elsewhere (a repaired link) to that
   * employee. A day with events of several accounts stays: they cannot be told apart; so does
   * a day whose account has no link any more.
   */
  relink(): void {
    const resolve = this.options.resolveEmployee;
    const every = resolve !== this.checkedResolver;
    this.checkedResolver = resolve;
    const moving: DayState[] = [];
    for (const day of this.days.values()) {
      const owner = day.identity.employeeCode;
      if (owner !== undefined && (!every || day.first.account !== day.last.account)) continue;
      const account = day.identity.account ?? day.first.account;
      const now = resolve?.(account);
      // A link removed (or a linking file emptied by mistake) leaves the days where they are:
      // only a link to someone else moves them.
      if (now !== owner && now !== undefined) moving.push(day);
    }
    // In a fixed order, whatever order the days were opened or restored in.
    moving.sort(
      (a, b) =>
        compareText(a.identity.workday, b.identity.workday) ||
        compareText(a.identity.employeeCode ?? '', b.identity.employeeCode ?? '') ||
        compareText(a.first.account, b.first.account),
    );
    for (const day of moving) this.move(day);
  }

  private move(day: DayState): void {
    const account = day.identity.account ?? day.first.account;
    const employeeCode = this.options.resolveEmployee?.(account);
    let options: { timeZone: string; dayBorder: string };
    try {
      const source = this.options.workdayOptions;
      options = resolveWorkdayOptions(typeof source === 'function' ? source(employeeCode, account) : source);
    } catch {
      return; // no working day for the new owner: the day stays where it is (its events were placed)
    }
    const { identity } = day;
    this.days.delete(dayKey(identity.employeeCode, identity.account ?? '', identity.workday));
    this.changed.delete(day);
    if (day.stored) this.removed.add(day);
    const touched = relinkDay(day, {
      employeeCode,
      account,
      ...options,
      workdayOf: (at) => workdayOf(at, options),
      dayFor: (target, event) => {
        const key = dayKey(target.employeeCode, target.account ?? '', target.workday);
        let found = this.days.get(key);
        if (!found) {
          found = new DayState(target, event);
          this.days.set(key, found);
        }
        return found;
      },
    });
    for (const target of touched) this.changed.add(target);
    for (const placement of this.placements.values()) {
      placement.lastWorkday = undefined;
      placement.lastDay = undefined;
    }
    this.relinked.push({ account, workday: identity.workday, from: identity.employeeCode, to: employeeCode });
  }

  add(events: Iterable<LogEvent>): AddResult {
    this.relink();
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
      const outcome = day.add(dayEvent, print);
      if (outcome === 'added') result.added++;
      else result.duplicates++;
      if (outcome !== 'repeat') this.changed.add(day);
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
        this.changed.delete(day);
        // Only a day the ledger holds has to be removed from it. A day never stored (an
        // aggregator used without a ledger, as `daily` does) must not be kept here: evicting is
        // how such a user bounds its memory.
        if (day.stored) this.removed.add(day);
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
    return { version: 1, days: [...this.days.values()].map(dayStateJson) };
  }

  /** Puts a restored day back (the ledger holds it: not a change). */
  restoreDay(day: DayState): void {
    const { employeeCode, account, workday } = day.identity;
    day.stored = true;
    this.days.set(dayKey(employeeCode, account ?? '', workday), day);
  }
}

function dayKeyOf(day: DayState): DayKey {
  const key: DayKey = { account: day.first.account, workday: day.identity.workday };
  if (day.identity.employeeCode !== undefined) key.employeeCode = day.identity.employeeCode;
  return key;
}

function minGapOf(options: AggregatorOptions): number | undefined {
  return options.breaks?.enabled
    ? (options.breaks.minGapMinutes ?? DEFAULT_MIN_BREAK_MINUTES) * 60_000
    : undefined;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
