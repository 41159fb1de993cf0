import { z } from 'zod';
import { kotBoolean, kotNumber, kotString, list, optional, record } from '../../internal/schemas/tolerant.js';
import { employeeProfileSchema, type KotEmployeeProfile } from './employee.js';

/** Holiday work minutes (休日労働 and its breakdowns), as in {@link KotMonthlyWorking}. */
export interface KotHolidayWorkMinutes {
  /** 所定労働時間. */
  normal?: number;
  /** 深夜労働時間. */
  night?: number;
  /** 残業時間. */
  overtime?: number;
  /** 深夜残業時間. */
  nightOvertime?: number;
  /** 所定外時間. */
  extra?: number;
  /** 深夜所定外時間. */
  nightExtra?: number;
  /** 勤務回数 (legal and general holiday work only). */
  count?: number;
  /** 勤務日数 (legal and general holiday work only). */
  dayCount?: number;
}

/**
 * 割増労働 minutes. The documented fields are numbers; anything else KING OF TIME adds is kept
 * as it came (the description allows extra properties).
 */
export interface KotPremiumWorkMinutes {
  /** 残業時間１. */
  overtime1?: number;
  /** 深夜残業時間１. */
  nightOvertime1?: number;
  /** 残業時間２. */
  overtime2?: number;
  /** 深夜残業時間２. */
  nightOvertime2?: number;
  /** Fields KING OF TIME added, as they came. */
  [field: string]: unknown;
}

/** 週の残業時間 minutes; undocumented extra fields are kept as they came. */
export interface KotWeeklyWorkMinutes {
  /** 残業時間. */
  overtime?: number;
  /** 深夜残業時間. */
  nightOvertime?: number;
  /** 法定外休日残業時間. */
  generalHolidayOvertime?: number;
  /** 法定外休日深夜残業時間. */
  generalHolidayNightOvertime?: number;
  /** Fields KING OF TIME added, as they came. */
  [field: string]: unknown;
}

/**
 * 変形労働 minutes: yearly, monthly and weekly (night) overtime, overall and on legal
 * (`…LegalHoliday…`) and general (`…GeneralHoliday…`) holidays, e.g. `yearlyOvertime`,
 * `weeklyGeneralHolidayNightOvertime`. The documented fields are numbers; undocumented extra
 * fields are kept as they came.
 */
export interface KotVariationalWorkMinutes {
  /** A documented field (number of minutes) or one KING OF TIME added (as it came). */
  [field: string]: unknown;
}

/** One employee's monthly totals (月別勤務データ); durations in minutes. */
export interface KotMonthlyWorking {
  /** Year. */
  year: number;
  /** Month, 1–12. */
  month: number;
  /** Employee key. */
  employeeKey: string;
  /** First day counted (集計開始日). */
  startDate?: string;
  /** Last day counted (集計終了日). */
  endDate?: string;
  /** 総勤務回数. */
  workingCount?: number;
  /** 平日勤務回数. */
  weekdayWorkingCount?: number;
  /** 遅刻回数. */
  lateCount?: number;
  /** 早退回数. */
  earlyLeaveCount?: number;
  /** 総勤務日数. */
  workingDayCount?: number;
  /** 平日勤務日数. */
  weekdayWorkingdayCount?: number;
  /** 欠勤日数. */
  absentdayCount?: number;
  /** Leave taken per leave type. */
  holidaysObtained: Array<{ dayCount?: number; minutes?: number; code: number; name: string }>;
  /** 所定時間. */
  assigned?: number;
  /** 所定外時間. */
  unassigned?: number;
  /** 残業時間. */
  overtime?: number;
  /** 深夜時間. */
  night?: number;
  /** 深夜所定外時間. */
  nightUnassigned?: number;
  /** 深夜残業時間. */
  nightOvertime?: number;
  /** 休憩時間. */
  breakSum?: number;
  /** 遅刻時間. */
  late?: number;
  /** 早退時間. */
  earlyLeave?: number;
  /** 休日労働. */
  holidayWork?: KotHolidayWorkMinutes;
  /** 割増労働: overtime1/2 and nightOvertime1/2. */
  premiumWork?: KotPremiumWorkMinutes;
  /** 法定休日労働. */
  legalHolidayWork?: KotHolidayWorkMinutes;
  /** 法定外休日労働. */
  generalHolidayWork?: KotHolidayWorkMinutes;
  /** 拘束時間. */
  bind?: number;
  /** みなし時間. */
  regarding?: number;
  /** Whether the month is closed (締め済み). */
  isClosing?: boolean;
  /** Custom monthly items (月別カスタム表示). */
  customMonthlyWorkings: Array<{
    code: string;
    name?: string;
    calculationUnitCode?: number;
    calculationUnitName?: string;
    calculationResult?: number;
  }>;
  /** インターバル不足回数. */
  intervalShortageCount?: number;
  /** 週の残業時間; only with `additionalFields: ['weeklyWork']`. */
  weeklyWork?: KotWeeklyWorkMinutes;
  /** 変形労働; only with `additionalFields: ['variationalWork']`. */
  variationalWork?: KotVariationalWorkMinutes;
  /** Whether the month is confirmed; only with `additionalFields: ['isConfirmation']`. */
  isConfirmation?: boolean;
  /** The employee as of today; only with `additionalFields: ['currentDateEmployee']`. */
  currentDateEmployee?: KotEmployeeProfile;
}

/**
 * An object of documented minute fields: each is read as a number; fields KING OF TIME adds
 * beyond them are kept as they came and never fail the answer ("tolerant responses").
 */
function minutesOf<K extends string>(fields: readonly K[]) {
  return record(
    Object.fromEntries(fields.map((field) => [field, optional(kotNumber)])) as Record<
      K,
      ReturnType<typeof optional<typeof kotNumber>>
    >,
  );
}

const premiumWorkSchema = minutesOf(['overtime1', 'nightOvertime1', 'overtime2', 'nightOvertime2']);
const weeklyWorkSchema = minutesOf([
  'overtime',
  'nightOvertime',
  'generalHolidayOvertime',
  'generalHolidayNightOvertime',
]);
const variationalWorkSchema = minutesOf([
  'yearlyOvertime',
  'yearlyNightOvertime',
  'monthlyOvertime',
  'monthlyNightOvertime',
  'weeklyOvertime',
  'weeklyNightOvertime',
  'monthlyLegalHolidayOvertime',
  'monthlyLegalHolidayNightOvertime',
  'weeklyLegalHolidayOvertime',
  'weeklyLegalHolidayNightOvertime',
  'yearlyGeneralHolidayOvertime',
  'yearlyGeneralHolidayNightOvertime',
  'monthlyGeneralHolidayOvertime',
  'monthlyGeneralHolidayNightOvertime',
  'weeklyGeneralHolidayOvertime',
  'weeklyGeneralHolidayNightOvertime',
]);

const holidayWorkSchema: z.ZodType<KotHolidayWorkMinutes> = record({
  normal: optional(kotNumber),
  night: optional(kotNumber),
  overtime: optional(kotNumber),
  nightOvertime: optional(kotNumber),
  extra: optional(kotNumber),
  nightExtra: optional(kotNumber),
  count: optional(kotNumber),
  dayCount: optional(kotNumber),
});

export const monthlyWorkingSchema: z.ZodType<KotMonthlyWorking> = record({
  year: kotNumber,
  month: kotNumber,
  employeeKey: kotString,
  startDate: optional(z.string()),
  endDate: optional(z.string()),
  workingCount: optional(kotNumber),
  weekdayWorkingCount: optional(kotNumber),
  lateCount: optional(kotNumber),
  earlyLeaveCount: optional(kotNumber),
  workingDayCount: optional(kotNumber),
  weekdayWorkingdayCount: optional(kotNumber),
  absentdayCount: optional(kotNumber),
  holidaysObtained: list(
    record({ dayCount: optional(kotNumber), minutes: optional(kotNumber), code: kotNumber, name: kotString }),
  ),
  assigned: optional(kotNumber),
  unassigned: optional(kotNumber),
  overtime: optional(kotNumber),
  night: optional(kotNumber),
  nightUnassigned: optional(kotNumber),
  nightOvertime: optional(kotNumber),
  breakSum: optional(kotNumber),
  late: optional(kotNumber),
  earlyLeave: optional(kotNumber),
  holidayWork: optional(holidayWorkSchema),
  premiumWork: optional(premiumWorkSchema),
  legalHolidayWork: optional(holidayWorkSchema),
  generalHolidayWork: optional(holidayWorkSchema),
  bind: optional(kotNumber),
  regarding: optional(kotNumber),
  isClosing: optional(kotBoolean),
  customMonthlyWorkings: list(
    record({
      code: kotString,
      name: optional(z.string()),
      calculationUnitCode: optional(kotNumber),
      calculationUnitName: optional(z.string()),
      calculationResult: optional(kotNumber),
    }),
  ),
  intervalShortageCount: optional(kotNumber),
  weeklyWork: optional(weeklyWorkSchema),
  variationalWork: optional(variationalWorkSchema),
  isConfirmation: optional(kotBoolean),
  currentDateEmployee: optional(employeeProfileSchema),
});

export const monthlyWorkingsSchema = list(monthlyWorkingSchema);
