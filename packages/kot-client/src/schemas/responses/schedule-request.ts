import { z } from 'zod';
import { kotNumber, kotString, list, optional, record } from '../../internal/schemas/tolerant.js';
import { holidaysObtainedSchema, type KotHolidaysObtained } from './holidays-obtained.js';
import { type KotWorkflowRequest, workflowRequestShape } from './workflow-request.js';

/** A day's schedule as requested or as currently set. Times are ISO 8601 without seconds. */
export interface KotScheduleDetails {
  /** 出勤予定時間. */
  clockInSchedule?: string;
  /** 退勤予定時間. */
  clockOutSchedule?: string;
  /** 休憩予定時間 (minutes). */
  breakSchedule?: number;
  /** 休憩開始終了予定. */
  startEndBreakSchedule: Array<{ start?: string; end?: string }>;
  /** 休暇取得. */
  holidaysObtained?: KotHolidaysObtained;
  /** 勤務日種別名. */
  workDayTypeName?: string;
  /** 残業上限時間 (minutes). */
  overtimeUpperLimit?: number;
  /** 出勤先所属コード. */
  workPlaceDivisionCode?: string;
  /** 出勤先所属名. */
  workPlaceDivisionName?: string;
  /** 振替出勤. */
  substitutionClockInName?: string;
  /** スケジュール種別. */
  scheduleTypeName?: string;
}

/** A schedule request (スケジュール申請). */
export interface KotScheduleRequest extends KotWorkflowRequest {
  /** What was requested. */
  requested?: KotScheduleDetails;
  /** The schedule currently in force. */
  current?: KotScheduleDetails;
  /** スケジュールパターンコード; only with that additional field. */
  schedulePatternCode?: string;
  /** スケジュールパターン名; only with that additional field. */
  schedulePatternName?: string;
  /** 勤務開始刻限; only with that additional field. */
  workFixedStart?: string;
  /** 勤務終了刻限; only with that additional field. */
  workFixedEnd?: string;
  /** 備考; only with that additional field. */
  note?: string;
}

/** The schedule requests of a month (`GET /requests/schedules/{YYYY-MM}`). */
export interface KotScheduleRequests {
  /** Year. */
  year: number;
  /** Month, 1–12. */
  month: number;
  /** The requests. */
  scheduleRequests: KotScheduleRequest[];
}

const detailsSchema: z.ZodType<KotScheduleDetails> = record({
  clockInSchedule: optional(z.string()),
  clockOutSchedule: optional(z.string()),
  breakSchedule: optional(kotNumber),
  startEndBreakSchedule: list(record({ start: optional(z.string()), end: optional(z.string()) })),
  holidaysObtained: optional(holidaysObtainedSchema),
  workDayTypeName: optional(z.string()),
  overtimeUpperLimit: optional(kotNumber),
  workPlaceDivisionCode: optional(kotString),
  workPlaceDivisionName: optional(z.string()),
  substitutionClockInName: optional(z.string()),
  scheduleTypeName: optional(z.string()),
});

export const scheduleRequestsSchema: z.ZodType<KotScheduleRequests> = record({
  year: kotNumber,
  month: kotNumber,
  scheduleRequests: list(
    record({
      ...workflowRequestShape,
      requested: optional(detailsSchema),
      current: optional(detailsSchema),
      schedulePatternCode: optional(kotString),
      schedulePatternName: optional(z.string()),
      workFixedStart: optional(z.string()),
      workFixedEnd: optional(z.string()),
      note: optional(z.string()),
    }),
  ),
});
