import { z } from 'zod';
import { kotString, list, optional, record } from '../../internal/schemas/tolerant.js';

/**
 * One employee's planned day (日別スケジュール). The shape of this endpoint is not in the
 * vendor's published reference; only `employeeKey` is relied on, every other field KING OF
 * TIME sends is kept as it arrives.
 */
export interface KotDailySchedule {
  /** The date, `YYYY-MM-DD`, when KING OF TIME includes it per employee. */
  date?: string;
  /** Employee key. */
  employeeKey: string;
  /** 出勤予定時間, when present. */
  clockInSchedule?: string;
  /** 退勤予定時間, when present. */
  clockOutSchedule?: string;
  /** Every other field, as KING OF TIME sent it. */
  [field: string]: unknown;
}

/** All employees' {@link KotDailySchedule} on one date. */
export interface KotDailySchedulesOfDay {
  /** The date, `YYYY-MM-DD`. */
  date: string;
  /** One entry per employee. */
  dailySchedules: KotDailySchedule[];
}

export const dailyScheduleSchema: z.ZodType<KotDailySchedule> = record({
  date: optional(z.string()),
  employeeKey: kotString,
  clockInSchedule: optional(z.string()),
  clockOutSchedule: optional(z.string()),
});

export const dailySchedulesOfDaySchema: z.ZodType<KotDailySchedulesOfDay> = record({
  date: z.string(),
  dailySchedules: list(dailyScheduleSchema),
});

export const dailySchedulesOfDaysSchema = list(dailySchedulesOfDaySchema);
