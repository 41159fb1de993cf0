import { z } from 'zod';
import { kotNumber, kotString, list, optional, record } from '../../internal/schemas/tolerant.js';

/** The workflow facts shared by schedule and overtime requests (申請). */
export interface KotWorkflowRequest {
  /** The day the request is about (対象日), `YYYY-MM-DD`. */
  date: string;
  /** The day it was filed (申請日). */
  requestedDate?: string;
  /** Employee key. */
  employeeKey: string;
  /** Request key (申請識別キー). */
  requestKey: string;
  /** Who filed it: `employee` or `administrator`, and their key. */
  applicant?: { type: string; key: string };
  /** `applying` (申請中), `approved` (承認) or `rejected` (棄却). */
  status: 'applying' | 'approved' | 'rejected' | (string & {});
  /** The current approval level, 1–5. */
  currentFlow?: number;
  /** The administrator who last changed it. */
  lastModifiedAdministratorKey?: string;
  /** The applicant's message (申請メッセージ). */
  message?: string;
  /** The administrators' comment (管理者コメント). */
  adminComment?: string;
  /** The approval flow; only with `additionalFields: ['flow']`. */
  flow?: Array<{ level: number; administratorKeys: string[] }>;
}

export const workflowRequestShape = {
  date: z.string(),
  requestedDate: optional(z.string()),
  employeeKey: kotString,
  requestKey: kotString,
  applicant: optional(record({ type: z.string(), key: kotString })),
  status: z.string(),
  currentFlow: optional(kotNumber),
  lastModifiedAdministratorKey: optional(kotString),
  message: optional(z.string()),
  adminComment: optional(z.string()),
  flow: optional(z.array(record({ level: kotNumber, administratorKeys: list(kotString) }))),
};
