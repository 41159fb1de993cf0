import type { LogEvent } from '../../events/log-event.js';
import { normalizeAccount } from '../../linking/normalize-account.js';
import { resolveWorkdayOptions } from '../../workdays/internal/resolve-workday-options.js';
import { workdayOf } from '../../workdays/workday-of.js';
import type { AddResult, Aggregator, DayKey, EvictSelector } from '../aggregator.js';
import { type AggregatorOptions, DEFAULT_MIN_BREAK_MINUTES } from '../aggregator-options.js';
import type { AggregatorState } from '../aggregator-state.js';
import type { DaySummary } from '../day-summary.js';
import { copyEvent, DayState, dayKey } from './day-state.js';
import { toDayEvent } from './event-order.js';

interface Placement {
  account: string;
  employeeCode: string | undefined;
  timeZone: string;
  dayBorder: string;
}

/** The aggregator behind `createAggregator` and `restoreAggregator`. */
export class AggregatorImpl implements Aggregator {
  private readonly days = new Map<string, DayState>();
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
    const placements = new Map<string, Placement | string>();
    for (const event of events) {
      if (!(event.at instanceof Date) || Number.isNaN(event.at.getTime())) {
        result.rejected.push({ event, reason: 'the event has no valid instant (at)' });
        continue;
      }
      let placement = placements.get(event.account);
      if (placement === undefined) {
        placement = this.place(event.account);
        placements.set(event.account, placement);
      }
      if (typeof placement === 'string') {
        result.rejected.push({ event, reason: placement });
        continue;
      }
      const { account, employeeCode, timeZone, dayBorder } = placement;
      const workday = workdayOf(event.at, { timeZone, dayBorder });
      const dayEvent = toDayEvent(event, account);
      const key = dayKey(employeeCode, account, workday);
      let day = this.days.get(key);
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
      if (fresh) this.days.set(key, day);
      if (day.add(dayEvent, print)) result.added++;
      else result.duplicates++;
    }
    return result;
  }

  private place(rawAccount: string): Placement | string {
    const account = typeof rawAccount === 'string' ? normalizeAccount(rawAccount) : '';
    if (account === '') return 'the event has an empty account';
    const employeeCode = this.options.resolveEmployee?.(account);
    const source = this.options.workdayOptions;
    try {
      const { timeZone, dayBorder } = resolveWorkdayOptions(
        typeof source === 'function' ? source(employeeCode, account) : source,
      );
      return { account, employeeCode, timeZone, dayBorder };
    } catch (error) {
      const who = employeeCode === undefined ? `account ${account}` : `employee ${employeeCode}`;
      return `no working day for ${who}: ${(error as Error).message}`;
    }
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
