import { z } from 'zod';
import { kotBoolean, kotNumber, list, optional, record } from '../../internal/schemas/tolerant.js';
import { type KotWorkflowRequest, workflowRequestShape } from './workflow-request.js';

/** An overtime period as requested or as currently set. Times are ISO 8601 without seconds. */
export interface KotOvertimeDetails {
  /** Whether the overtime is before the scheduled work (予定前) rather than after. */
  isBeforeSchedule?: boolean;
  /** 開始時刻. */
  start?: string;
  /** 終了時刻. */
  end?: string;
}

/** An overtime request (時間外勤務申請). */
export interface KotOvertimeRequest extends KotWorkflowRequest {
  /** What was requested. */
  requested?: KotOvertimeDetails;
  /** What is currently in force. */
  current?: KotOvertimeDetails;
}

/** The overtime requests of a month (`GET /requests/overtimes/{YYYY-MM}`). */
export interface KotOvertimeRequests {
  /** Year. */
  year: number;
  /** Month, 1–12. */
  month: number;
  /** The requests. */
  overtimeRequests: KotOvertimeRequest[];
}

const detailsSchema: z.ZodType<KotOvertimeDetails> = record({
  isBeforeSchedule: optional(kotBoolean),
  start: optional(z.string()),
  end: optional(z.string()),
});

export const overtimeRequestsSchema: z.ZodType<KotOvertimeRequests> = record({
  year: kotNumber,
  month: kotNumber,
  overtimeRequests: list(
    record({ ...workflowRequestShape, requested: optional(detailsSchema), current: optional(detailsSchema) }),
  ),
});
