import { z } from 'zod';
import { kotNumber, kotString, list, optional, record } from '../../internal/schemas/tolerant.js';
import { employeeProfileSchema, type KotEmployeeProfile } from './employee.js';

/** One employee's remaining leave at the end of a month (月別残休暇データ). */
export interface KotHolidayRemainder {
  /** The date the remainder is counted at, `YYYY-MM-DD`. */
  date: string;
  /** Closing day of the month (締日). */
  closeDate?: number;
  /** Employee key. */
  employeeKey: string;
  /** Remaining leave per leave type: days and minutes. */
  holidayRemained: Array<{ day?: number; minutes?: number; code: number; name: string }>;
  /** The employee as of today; only with `additionalFields: ['currentDateEmployee']`. */
  currentDateEmployee?: KotEmployeeProfile;
}

export const holidayRemainderSchema: z.ZodType<KotHolidayRemainder> = record({
  date: z.string(),
  closeDate: optional(kotNumber),
  employeeKey: kotString,
  holidayRemained: list(
    record({ day: optional(kotNumber), minutes: optional(kotNumber), code: kotNumber, name: kotString }),
  ),
  currentDateEmployee: optional(employeeProfileSchema),
});

export const holidayRemaindersSchema = list(holidayRemainderSchema);
