import { z } from 'zod';
import { kotNumber, kotString, list, optional, record } from '../../internal/schemas/tolerant.js';
import { employeeProfileSchema, type KotEmployeeProfile } from './employee.js';

/** One 打刻 (punch) as KING OF TIME stores it. */
export interface KotTimeRecord {
  /** When, ISO 8601 with offset, e.g. `2016-05-01T09:00:00+09:00`. */
  time: string;
  /** KING OF TIME's punch code as a string: `"1"` 出勤, `"2"` 退勤, `"3"` 休憩開始, `"4"` 休憩終了, `"7"` 外出, `"8"` 外出戻り. */
  code: string;
  /** The code's Japanese name, e.g. 出勤. */
  name?: string;
  /** Division punched at (打刻所属コード). */
  divisionCode?: string;
  /** Division name punched at. */
  divisionName?: string;
  /** Latitude (緯度), if recorded. */
  latitude?: number;
  /** Longitude (経度), if recorded. */
  longitude?: number;
  /** The punch source's credential code (e.g. 300), when KING OF TIME reports it. */
  credentialCode?: number;
  /** The punch source's name (e.g. KOTSL), when KING OF TIME reports it. */
  credentialName?: string;
}

/** One employee's punches on one working day. */
export interface KotEmployeeTimeRecords {
  /** The working day, `YYYY-MM-DD`. */
  date: string;
  /** Employee key. */
  employeeKey: string;
  /** The punches, as KING OF TIME lists them. */
  timeRecord: KotTimeRecord[];
  /** The employee as of today; only with `additionalFields: ['currentDateEmployee']`. */
  currentDateEmployee?: KotEmployeeProfile;
}

/** All listed employees' punches on one working day (日別打刻データ). */
export interface KotTimeRecordsOfDay {
  /** The working day, `YYYY-MM-DD`. */
  date: string;
  /** One entry per employee. */
  dailyWorkings: KotEmployeeTimeRecords[];
}

/** KING OF TIME's answer to a 打刻 POST: the punch it stored. */
export interface KotCreatedTimeRecord {
  /** The working day the punch was stored under, `YYYY-MM-DD`. */
  date: string;
  /** Employee key. */
  employeeKey: string;
  /** The stored punch. */
  timeRecord: KotTimeRecord;
}

export const timeRecordSchema: z.ZodType<KotTimeRecord> = record({
  time: z.string(),
  code: kotString,
  name: optional(z.string()),
  divisionCode: optional(kotString),
  divisionName: optional(z.string()),
  latitude: optional(kotNumber),
  longitude: optional(kotNumber),
  credentialCode: optional(kotNumber),
  credentialName: optional(kotString),
});

export const employeeTimeRecordsSchema: z.ZodType<KotEmployeeTimeRecords> = record({
  date: z.string(),
  employeeKey: kotString,
  timeRecord: list(timeRecordSchema),
  currentDateEmployee: optional(employeeProfileSchema),
});

export const timeRecordsOfDaySchema: z.ZodType<KotTimeRecordsOfDay> = record({
  date: z.string(),
  dailyWorkings: list(employeeTimeRecordsSchema),
});

export const timeRecordsOfDaysSchema = list(timeRecordsOfDaySchema);

export const createdTimeRecordSchema: z.ZodType<KotCreatedTimeRecord> = record({
  date: z.string(),
  employeeKey: kotString,
  timeRecord: timeRecordSchema,
});
