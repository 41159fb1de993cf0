import type { LogEvent } from '../events/log-event.js';
import { normalizeAccount } from '../linking/normalize-account.js';
import { resolveWorkdayOptions } from '../workdays/internal/resolve-workday-options.js';
import { workdayOf } from '../workdays/workday-of.js';
import type { WorkdayOptionsSource } from './aggregator-options.js';
import type { DayEvent } from './day-summary.js';
import { compareIdentity, toDayEvent } from './internal/event-order.js';

/** The 備考 (remark) of PC Login's log view: the day's first log, its last log, or nothing. */
export type LogRemark = 'ログオン' | 'ログオフ' | '';

/** A log event as PC Login's ログ表示 (log view) shows it. */
export type AnnotatedLogEvent = LogEvent & {
  /** The working day the event belongs to. */
  workday: string;
  /** The linked employee, when `resolveEmployee` knows one. */
  employeeCode?: string;
  remark: LogRemark;
};

/** Options of {@link annotateLogView}. */
export interface LogViewOptions {
  /** The employee an account is linked to: only used to pick each employee's working-day options. */
  resolveEmployee?: (account: string) => string | undefined;
  /**
   * Time zone and day-change time, for everyone or per employee.
   * @default { timeZone: 'Asia/Tokyo', dayBorder: '00:00' }
   */
  workdayOptions?: WorkdayOptionsSource;
}

/**
 * PC Login's log view: each event with the remark ログオン when it is the first of its
 * account's working day, ログオフ when it is the last, blank otherwise. On a day with a single
 * event it is ログオン (the day has a clock-in and no clock-out, as the planner plans it).
 * Events come back one for one, in the order given; repeats of the first or last event carry
 * its remark too. Ties at one instant are ordered logon, unlock, other, lock, logoff.
 *
 * @example
 * for (const e of annotateLogView(events, { workdayOptions: { dayBorder: '05:00' } })) {
 *   console.log(formatInstant(e.at), e.account, e.raw, e.remark);
 * }
 */
export function annotateLogView(
  events: readonly LogEvent[],
  options: LogViewOptions = {},
): AnnotatedLogEvent[] {
  const placed = events.map((event) => {
    const account = normalizeAccount(event.account);
    const employeeCode = options.resolveEmployee?.(account);
    const source = options.workdayOptions;
    const workdayOptions = resolveWorkdayOptions(
      typeof source === 'function' ? source(employeeCode, account) : source,
    );
    const workday = workdayOf(event.at, workdayOptions);
    return {
      event,
      employeeCode,
      workday,
      key: `${account}\u0000${workday}`,
      day: toDayEvent(event, account),
    };
  });
  const bounds = new Map<string, { first: DayEvent; last: DayEvent }>();
  for (const { key, day } of placed) {
    const current = bounds.get(key);
    if (!current) bounds.set(key, { first: day, last: day });
    else {
      if (compareIdentity(day, current.first) < 0) current.first = day;
      if (compareIdentity(day, current.last) > 0) current.last = day;
    }
  }
  return placed.map(({ event, employeeCode, workday, key, day }) => {
    const { first, last } = bounds.get(key) ?? { first: day, last: day };
    const remark: LogRemark =
      compareIdentity(day, first) === 0 ? 'ログオン' : compareIdentity(day, last) === 0 ? 'ログオフ' : '';
    return { ...event, workday, ...(employeeCode !== undefined ? { employeeCode } : {}), remark };
  });
}
