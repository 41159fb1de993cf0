import { z } from 'zod';
import type { Requester } from '../internal/http/requester.js';
import { parseInput } from '../internal/validation/parse-input.js';
import { additionalFieldsInput, administratorKeyInput, monthInput } from '../schemas/inputs/primitives.js';
import { type KotOvertimeRequests, overtimeRequestsSchema } from '../schemas/responses/overtime-request.js';
import { type KotScheduleRequests, scheduleRequestsSchema } from '../schemas/responses/schedule-request.js';

const ADDITIONAL_FIELDS = [
  'schedulePatternCode',
  'schedulePatternName',
  'workFixedStart',
  'workFixedEnd',
  'note',
  'flow',
] as const satisfies readonly KotRequestAdditionalField[];

/** Extra request fields KING OF TIME includes on request. */
export type KotRequestAdditionalField =
  | 'schedulePatternCode'
  | 'schedulePatternName'
  | 'workFixedStart'
  | 'workFixedEnd'
  | 'note'
  | 'flow';

/** Parameters of {@link RequestsResource.schedules} and {@link RequestsResource.overtimes}. */
export interface ListRequestsParams {
  /** Only requests this administrator handles (管理者識別キー). */
  administratorKey?: string;
  /** Extra fields to include. */
  additionalFields?: readonly KotRequestAdditionalField[];
}

const monthlyInput = z.object({
  month: monthInput,
  params: z
    .strictObject({
      administratorKey: administratorKeyInput.optional(),
      additionalFields: additionalFieldsInput(ADDITIONAL_FIELDS),
    })
    .optional(),
});

/** Workflow requests (申請). KING OF TIME answers with an error when the company has not enabled them. */
export class RequestsResource {
  readonly #requester: Requester;

  /** @internal */
  constructor(requester: Requester) {
    this.#requester = requester;
  }

  /**
   * Schedule requests (スケジュール申請) of a month `YYYY-MM` (`GET /requests/schedules/{YYYY-MM}`).
   *
   * @example
   * ```ts
   * const { scheduleRequests } = await kot.requests.schedules('2024-02', { additionalFields: ['flow'] });
   * ```
   */
  async schedules(month: string, params?: ListRequestsParams): Promise<KotScheduleRequests> {
    const input = parseInput('requests.schedules', monthlyInput, { month, params });
    return this.#requester.request({
      operation: 'requests.schedules',
      method: 'GET',
      path: ['requests', 'schedules', input.month],
      query: {
        administratorKey: input.params?.administratorKey,
        additionalFields: input.params?.additionalFields?.join(','),
      },
      schema: scheduleRequestsSchema,
    });
  }

  /**
   * Overtime requests (時間外勤務申請) of a month `YYYY-MM` (`GET /requests/overtimes/{YYYY-MM}`).
   *
   * @example
   * ```ts
   * const { overtimeRequests } = await kot.requests.overtimes('2024-02');
   * ```
   */
  async overtimes(month: string, params?: ListRequestsParams): Promise<KotOvertimeRequests> {
    const input = parseInput('requests.overtimes', monthlyInput, { month, params });
    return this.#requester.request({
      operation: 'requests.overtimes',
      method: 'GET',
      path: ['requests', 'overtimes', input.month],
      query: {
        administratorKey: input.params?.administratorKey,
        additionalFields: input.params?.additionalFields?.join(','),
      },
      schema: overtimeRequestsSchema,
    });
  }
}
