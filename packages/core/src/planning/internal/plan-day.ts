import type { DaySummary } from '../../aggregation/day-summary.js';
import type { PlannedPunch } from '../../punches/planned-punch.js';
import { punchId } from '../../punches/planned-punch.js';
import type { PunchKind } from '../../punches/punch-kind.js';
import { formatInstant } from '../../time/format-instant.js';
import { workdayBounds } from '../../workdays/workday-bounds.js';
import type { ClockOutPolicy } from '../clock-out-policy.js';
import type { CorrectionItem, CorrectionReason } from '../correction-item.js';
import type { ExistingPunch } from '../existing-punch.js';
import type { PunchPlan, WithdrawnPunch } from '../punch-plan.js';
import { kindNames } from './kind-names.js';

/** What planning one day needs besides the day. */
export interface PlanContext {
  now: number;
  graceMs: number;
  policy: ClockOutPolicy;
  breaks: boolean;
  existing: (id: string) => ExistingPunch | undefined;
  plan: PunchPlan;
}

/** KOT records punches to the second; planning in whole seconds keeps comparisons with sent punches exact. */
const second = (ms: number) => Math.floor(ms / 1000) * 1000;
const sent = (punch: ExistingPunch | undefined) => (punch && punch.state !== 'planned' ? punch : undefined);

/** Plans one linked day into `ctx.plan`. */
export function planDay(day: DaySummary & { employeeCode: string }, ctx: PlanContext): void {
  const { employeeCode: code, workday, timeZone } = day;
  const time = (ms: number) => formatInstant(ms, timeZone);
  const first = second(day.first.at);
  const last = second(day.last.at);

  const want = (kind: PunchKind, seq: number, at: number) => {
    const id = punchId(code, workday, kind, seq);
    const existing = ctx.existing(id);
    if (existing === undefined || (existing.state === 'planned' && existing.at.getTime() !== at)) {
      ctx.plan.punches.push({ id, employeeCode: code, workday, kind, seq, at: new Date(at) });
    }
    return existing;
  };
  const correct = (
    kind: PunchKind,
    seq: number,
    reason: CorrectionReason,
    times: { sentAt?: number; observedAt?: number },
    message: string,
  ) => {
    const id = punchId(code, workday, kind, seq);
    const item: CorrectionItem = {
      id: `${id}|${reason}`,
      employeeCode: code,
      workday,
      kind,
      punchId: id,
      reason,
      message,
    };
    if (times.sentAt !== undefined) item.sentAt = new Date(times.sentAt);
    if (times.observedAt !== undefined) item.observedAt = new Date(times.observedAt);
    ctx.plan.corrections.push(item);
  };

  // 出勤: as soon as the first log is known; never a second one.
  const clockInId = punchId(code, workday, 'clockIn');
  const sentIn = sent(ctx.existing(clockInId));
  const sentInAt = sentIn ? second(sentIn.at.getTime()) : undefined;
  if (sentInAt === undefined) want('clockIn', 0, first);
  else if (first < sentInAt) {
    correct(
      'clockIn',
      0,
      'earlier-log-after-clock-in',
      { sentAt: sentInAt, observedAt: first },
      `Employee ${code}, ${workday}: 出勤 was sent as ${time(sentInAt)}, but an earlier log at ${time(first)} arrived afterwards. Change 出勤 to ${time(first)} in KING OF TIME (打刻編集) if it should count.`,
    );
  }
  // A day evicted and reopened by a late log knows only part of its logs; the punches already
  // sent stand for the rest.
  const partial = sentInAt !== undefined && first > sentInAt;
  const dayFirst = Math.min(first, sentInAt ?? first);
  const dayLast = Math.max(last, sentInAt ?? last);

  const ended =
    ctx.now >= workdayBounds(workday, { timeZone, dayBorder: day.dayBorder }).end.getTime() + ctx.graceMs;
  const hasClockOut = ctx.policy === 'after-day-end' ? planAfterDayEnd() : planRolling();
  if (ended && !hasClockOut && dayLast === dayFirst && !partial) {
    correct(
      'clockOut',
      0,
      'single-log-day',
      { observedAt: dayFirst, ...(sentInAt !== undefined ? { sentAt: sentInAt } : {}) },
      `Employee ${code}, ${workday}: the working day ended with a single log (${time(dayFirst)}), so only 出勤 is punched. Enter 退勤 in KING OF TIME by hand.`,
    );
  }
  if (ctx.breaks && !partial && (ctx.policy === 'rolling' || ended)) planBreaks();

  /** 退勤 once the day has ended plus grace: exactly one, ever. Returns whether one exists or is planned. */
  function planAfterDayEnd(): boolean {
    const existing = ctx.existing(punchId(code, workday, 'clockOut'));
    const sentOut = sent(existing);
    if (sentOut) {
      const sentAt = second(sentOut.at.getTime());
      if (last > sentAt) {
        correct(
          'clockOut',
          0,
          'later-log-after-clock-out',
          { sentAt, observedAt: last },
          `Employee ${code}, ${workday}: 退勤 was sent as ${time(sentAt)}, but a later log at ${time(last)} arrived afterwards. Change 退勤 to ${time(last)} in KING OF TIME (打刻編集) if it should count.`,
        );
      }
      return true;
    }
    if (!ended || dayLast <= dayFirst) return existing !== undefined;
    want('clockOut', 0, dayLast);
    return true;
  }

  /** 退勤 at the latest log, renewed (next seq) whenever a later log arrives after one was sent. */
  function planRolling(): boolean {
    let seq = 0;
    let latest = ctx.existing(punchId(code, workday, 'clockOut', 0));
    while (latest !== undefined) {
      const next = ctx.existing(punchId(code, workday, 'clockOut', seq + 1));
      if (next === undefined) break;
      seq++;
      latest = next;
    }
    if (latest === undefined) {
      if (dayLast <= dayFirst) return false;
      want('clockOut', 0, dayLast);
      return true;
    }
    const latestAt = second(latest.at.getTime());
    if (latest.state === 'planned') {
      const previous = seq > 0 ? ctx.existing(punchId(code, workday, 'clockOut', seq - 1)) : undefined;
      const floor = previous ? second(previous.at.getTime()) : dayFirst;
      if (dayLast > floor && dayLast !== latestAt) want('clockOut', seq, dayLast);
    } else if (dayLast > latestAt) {
      want('clockOut', seq + 1, dayLast);
    }
    return true;
  }

  function planBreaks(): void {
    const pairs = day.breaks.map((b) => ({ breakStart: second(b.start), breakEnd: second(b.end) }));
    pairs.forEach((pair, index) => {
      const seq = index + 1;
      for (const kind of ['breakStart', 'breakEnd'] as const) {
        const at = pair[kind];
        const existing = ctx.existing(punchId(code, workday, kind, seq));
        const sentBreak = sent(existing);
        if (!sentBreak) want(kind, seq, at);
        else if (second(sentBreak.at.getTime()) !== at) {
          const sentAt = second(sentBreak.at.getTime());
          correct(
            kind,
            seq,
            'break-changed-after-sent',
            { sentAt, observedAt: at },
            `Employee ${code}, ${workday}: ${kindNames[kind]} #${seq} was sent as ${time(sentAt)}, but the logs now give ${time(at)}. Correct the breaks in KING OF TIME (打刻編集).`,
          );
        }
      }
    });
    // Break punches beyond the breaks the logs now show: withdraw the unsent, report the sent.
    for (let seq = pairs.length + 1; ; seq++) {
      const found = (['breakStart', 'breakEnd'] as const).map((kind) => ({
        kind,
        existing: ctx.existing(punchId(code, workday, kind, seq)),
      }));
      if (found.every((f) => f.existing === undefined)) break;
      for (const { kind, existing } of found) {
        if (existing === undefined) continue;
        const id = punchId(code, workday, kind, seq);
        if (existing.state === 'planned') {
          const withdrawn: WithdrawnPunch = { id, reason: 'the logs no longer show this break' };
          ctx.plan.withdrawn.push(withdrawn);
        } else {
          const sentAt = second(existing.at.getTime());
          correct(
            kind,
            seq,
            'break-removed-after-sent',
            { sentAt },
            `Employee ${code}, ${workday}: ${kindNames[kind]} #${seq} was sent as ${time(sentAt)}, but the logs no longer show this break. Delete it in KING OF TIME (打刻編集).`,
          );
        }
      }
    }
  }
}

/** Sorts punches by employee, working day, time, then kind and seq: the order to send them in. */
export function comparePunches(a: PlannedPunch, b: PlannedPunch): number {
  const order: Record<PunchKind, number> = { clockIn: 0, breakStart: 1, breakEnd: 2, clockOut: 3 };
  return (
    (a.employeeCode < b.employeeCode ? -1 : a.employeeCode > b.employeeCode ? 1 : 0) ||
    (a.workday < b.workday ? -1 : a.workday > b.workday ? 1 : 0) ||
    a.at.getTime() - b.at.getTime() ||
    order[a.kind] - order[b.kind] ||
    a.seq - b.seq
  );
}
