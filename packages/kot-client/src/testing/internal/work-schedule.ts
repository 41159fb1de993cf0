import type { KotSimulatorEmployee, KotSimulatorWorkSchedule } from '../kot-simulator-employee.js';
import { addDays, dayOfWeek, jstInstant, minutesOfTime } from './calendar.js';

/** The schedule an employee without one gets: 09:00–18:00, Monday to Friday, 60-minute break. */
export const DEFAULT_WORK_SCHEDULE: KotSimulatorWorkSchedule = {
  clockIn: '09:00',
  clockOut: '18:00',
  breakMinutes: 60,
  weekdays: [1, 2, 3, 4, 5],
};

/** One planned working day. */
export interface PlannedDay {
  start: Date;
  end: Date;
  breakMinutes: number;
  /** Planned working minutes (span minus break). */
  minutes: number;
}

/** The employee's plan for `date`, or null on a day off. */
export function plannedDay(employee: KotSimulatorEmployee, date: string): PlannedDay | null {
  const schedule = employee.schedule ?? DEFAULT_WORK_SCHEDULE;
  if (!schedule.weekdays.includes(dayOfWeek(date))) return null;
  const overnight = minutesOfTime(schedule.clockOut) <= minutesOfTime(schedule.clockIn);
  const start = jstInstant(date, schedule.clockIn);
  const end = jstInstant(overnight ? addDays(date, 1) : date, schedule.clockOut);
  const span = (end.getTime() - start.getTime()) / 60_000;
  return {
    start,
    end,
    breakMinutes: schedule.breakMinutes,
    minutes: Math.max(0, span - schedule.breakMinutes),
  };
}

/** 勤務日種別名 of a calendar date. */
export function workdayTypeName(date: string): string {
  const day = dayOfWeek(date);
  if (day === 0) return '法定休日';
  if (day === 6) return '法定外休日';
  return '平日';
}
