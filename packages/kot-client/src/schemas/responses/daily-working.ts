import { z } from 'zod';
import { kotBoolean, kotNumber, kotString, list, optional, record } from '../../internal/schemas/tolerant.js';
import { employeeProfileSchema, type KotEmployeeProfile } from './employee.js';
import { holidaysObtainedSchema, type KotHolidaysObtained } from './holidays-obtained.js';

/** One employee's working day (日別勤務データ); minute totals are in minutes. */
export interface KotDailyWorking {
  /** The working day, `YYYY-MM-DD`. */
  date: string;
  /** Employee key. */
  employeeKey: string;
  /** Division worked at (出勤先所属コード). */
  workPlaceDivisionCode?: string;
  /** Division name worked at. */
  workPlaceDivisionName?: string;
  /** Whether the day is closed (締め済み). */
  isClosing?: boolean;
  /** Whether the day was help work at another division (ヘルプ勤務). */
  isHelp?: boolean;
  /** Whether the day is an error day (エラー勤務), e.g. after two 出勤 punches. */
  isError?: boolean;
  /** Day type (勤務日種別名), e.g. 平日. */
  workdayTypeName?: string;
  /** 所定時間. */
  assigned?: number;
  /** 所定外時間. */
  unassigned?: number;
  /** 残業時間. */
  overtime?: number;
  /** 深夜時間. */
  lateNight?: number;
  /** 深夜所定外時間. */
  lateNightUnassigned?: number;
  /** 深夜残業時間. */
  lateNightOvertime?: number;
  /** 休憩時間. */
  breakTime?: number;
  /** 遅刻時間. */
  late?: number;
  /** 早退時間. */
  earlyLeave?: number;
  /** 労働合計時間. */
  totalWork?: number;
  /** Leave taken (休暇取得). */
  holidaysObtained?: KotHolidaysObtained;
  /** 自動休憩無効: 1 employment type, 2 schedule, 3 all automatic breaks disabled. */
  autoBreakOff?: number;
  /** 休暇みなし時間. */
  discretionaryVacation?: number;
  /** Custom daily items (日別カスタム表示). */
  customDailyWorkings: Array<{
    code: string;
    name?: string;
    calculationUnitCode?: number;
    calculationResult?: number;
  }>;
  /** The employee as of today; only with `additionalFields: ['currentDateEmployee']`. */
  currentDateEmployee?: KotEmployeeProfile;
}

/** All employees' {@link KotDailyWorking} on one date. */
export interface KotDailyWorkingsOfDay {
  /** The date, `YYYY-MM-DD`. */
  date: string;
  /** One entry per employee. */
  dailyWorkings: KotDailyWorking[];
}

export const dailyWorkingSchema: z.ZodType<KotDailyWorking> = record({
  date: z.string(),
  employeeKey: kotString,
  workPlaceDivisionCode: optional(kotString),
  workPlaceDivisionName: optional(z.string()),
  isClosing: optional(kotBoolean),
  isHelp: optional(kotBoolean),
  isError: optional(kotBoolean),
  workdayTypeName: optional(z.string()),
  assigned: optional(kotNumber),
  unassigned: optional(kotNumber),
  overtime: optional(kotNumber),
  lateNight: optional(kotNumber),
  lateNightUnassigned: optional(kotNumber),
  lateNightOvertime: optional(kotNumber),
  breakTime: optional(kotNumber),
  late: optional(kotNumber),
  earlyLeave: optional(kotNumber),
  totalWork: optional(kotNumber),
  holidaysObtained: optional(holidaysObtainedSchema),
  autoBreakOff: optional(kotNumber),
  discretionaryVacation: optional(kotNumber),
  customDailyWorkings: list(
    record({
      code: kotString,
      name: optional(z.string()),
      calculationUnitCode: optional(kotNumber),
      calculationResult: optional(kotNumber),
    }),
  ),
  currentDateEmployee: optional(employeeProfileSchema),
});

export const dailyWorkingsOfDaySchema: z.ZodType<KotDailyWorkingsOfDay> = record({
  date: z.string(),
  dailyWorkings: list(dailyWorkingSchema),
});

export const dailyWorkingsOfDaysSchema = list(dailyWorkingsOfDaySchema);
