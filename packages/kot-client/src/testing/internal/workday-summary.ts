import type { KotSimulatorEmployee } from '../kot-simulator-employee.js';
import type { KotSimulatorErrorReason, KotSimulatorTimerecord } from '../kot-simulator-timerecord.js';
import { addDays, jstInstant } from './calendar.js';
import { errorReasons } from './error-reasons.js';
import { plannedDay } from './work-schedule.js';

/** One employee's working day, computed from its punches the way KOT totals it (simplified). */
export interface WorkdaySummary {
  reasons: KotSimulatorErrorReason[];
  /** Whether the day has any punch. */
  punched: boolean;
  /** Whether the day is complete (one clock-in, one later clock-out, no error). */
  worked: boolean;
  scheduled: boolean;
  totalWork: number;
  breakTime: number;
  assigned: number;
  unassigned: number;
  overtime: number;
  lateNight: number;
  late: number;
  earlyLeave: number;
  /** Minutes from clock-in to clock-out (拘束時間). */
  bind: number;
}

/** Legal daily working time (法定労働時間) in minutes; beyond it is 残業. */
const LEGAL_DAILY_MINUTES = 480;
/** KOT's usual automatic break: at least this much work without a recorded break gets the planned one. */
const AUTO_BREAK_THRESHOLD_MINUTES = 360;

const minutesBetween = (from: Date, to: Date) =>
  Math.max(0, Math.floor((to.getTime() - from.getTime()) / 60_000));

function overlapMinutes(from: Date, to: Date, windowStart: Date, windowEnd: Date): number {
  const start = Math.max(from.getTime(), windowStart.getTime());
  const end = Math.min(to.getTime(), windowEnd.getTime());
  return end > start ? Math.floor((end - start) / 60_000) : 0;
}

/** Minutes of [from, to) inside 22:00–05:00 Japan time (深夜). */
function lateNightMinutes(date: string, from: Date, to: Date): number {
  let total = 0;
  for (let offset = -1; offset <= 1; offset++) {
    const day = addDays(date, offset);
    total += overlapMinutes(from, to, jstInstant(day, '22:00'), jstInstant(addDays(day, 1), '05:00'));
  }
  return total;
}

function recordedBreakMinutes(punches: readonly KotSimulatorTimerecord[]): number {
  let total = 0;
  let open: Date | undefined;
  for (const punch of punches) {
    if (punch.code === '3') open = punch.at;
    if (punch.code === '4' && open) {
      total += minutesBetween(open, punch.at);
      open = undefined;
    }
  }
  return total;
}

/** Summarise one working day; `punches` must be that day's punches in time order. */
export function summariseWorkday(
  employee: KotSimulatorEmployee,
  date: string,
  punches: readonly KotSimulatorTimerecord[],
): WorkdaySummary {
  const reasons = errorReasons(punches);
  const plan = plannedDay(employee, date);
  const clockIn = punches.find((punch) => punch.code === '1');
  const clockOut = punches.find((punch) => punch.code === '2');
  const summary: WorkdaySummary = {
    reasons,
    punched: punches.length > 0,
    worked: false,
    scheduled: plan !== null,
    totalWork: 0,
    breakTime: 0,
    assigned: 0,
    unassigned: 0,
    overtime: 0,
    lateNight: 0,
    late: 0,
    earlyLeave: 0,
    bind: 0,
  };
  if (plan && clockIn && clockIn.at > plan.start) summary.late = minutesBetween(plan.start, clockIn.at);
  if (reasons.length > 0 || !clockIn || !clockOut) return summary;
  const bind = minutesBetween(clockIn.at, clockOut.at);
  const recorded = recordedBreakMinutes(punches);
  const breakTime =
    recorded > 0 || bind < AUTO_BREAK_THRESHOLD_MINUTES ? recorded : Math.min(plan?.breakMinutes ?? 60, bind);
  const totalWork = Math.max(0, bind - breakTime);
  const assigned = plan ? Math.min(totalWork, plan.minutes) : 0;
  return {
    ...summary,
    worked: true,
    bind,
    breakTime,
    totalWork,
    assigned,
    unassigned: totalWork - assigned,
    overtime: Math.max(0, totalWork - LEGAL_DAILY_MINUTES),
    lateNight: lateNightMinutes(date, clockIn.at, clockOut.at),
    earlyLeave: plan && clockOut.at < plan.end ? minutesBetween(clockOut.at, plan.end) : 0,
  };
}
