import { z } from 'zod';
import { kotNumber, kotString, list, optional, record } from '../../internal/schemas/tolerant.js';
import { employeeProfileSchema, type KotEmployeeProfile } from './employee.js';

/** One grant, use, carry-over or expiry of leave; `days` and `minutes` as KING OF TIME reports them. */
export interface KotLeaveEntry {
  /** The date, `YYYY-MM-DD`. */
  date: string;
  /** Days. */
  days?: number;
  /** Minutes. */
  minutes?: number;
  /** For grants: the last day the leave can be used (有効期限). */
  effectivePeriod?: string;
}

/** One leave type's movements over a year for one employee. */
export interface KotYearlyLeave {
  /** Leave type code (休暇区分コード). */
  code: number;
  /** Leave type name, e.g. 有休. */
  name: string;
  /** 付与一覧. */
  granted: KotLeaveEntry[];
  /** 取得一覧. */
  obtained: KotLeaveEntry[];
  /** 繰越一覧. */
  remained: KotLeaveEntry[];
  /** 失効一覧. */
  expired: KotLeaveEntry[];
}

/** Leave granted and taken in a year (年別休暇データ). */
export interface KotYearlyHolidays {
  /**
   * The year, as KING OF TIME's description types it: a string (`"2019"`). A number in the answer
   * is read as its string.
   */
  year: string;
  /** First day of the year counted. */
  startDate?: string;
  /** Last day of the year counted. */
  endDate?: string;
  /** Closing day (締日). */
  closeDate?: number;
  /** One entry per employee. */
  employees: Array<{
    employeeKey: string;
    holidays: KotYearlyLeave[];
    currentDateEmployee?: KotEmployeeProfile;
  }>;
}

const entry: z.ZodType<KotLeaveEntry> = record({
  date: z.string(),
  days: optional(kotNumber),
  minutes: optional(kotNumber),
  effectivePeriod: optional(z.string()),
});

export const yearlyHolidaysSchema: z.ZodType<KotYearlyHolidays> = record({
  year: kotString,
  startDate: optional(z.string()),
  endDate: optional(z.string()),
  closeDate: optional(kotNumber),
  employees: list(
    record({
      employeeKey: kotString,
      holidays: list(
        record({
          code: kotNumber,
          name: kotString,
          granted: list(entry),
          obtained: list(entry),
          remained: list(entry),
          expired: list(entry),
        }),
      ),
      currentDateEmployee: optional(employeeProfileSchema),
    }),
  ),
});
