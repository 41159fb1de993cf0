import { z } from 'zod';
import { requestInRanges } from '../internal/http/request-in-ranges.js';
import type { Requester } from '../internal/http/requester.js';
import { parseInput } from '../internal/validation/parse-input.js';
import { checkDateRange, dateRangeShape } from '../schemas/inputs/date-range.js';
import { dateInput, divisionCodeInput } from '../schemas/inputs/primitives.js';
import {
  dailySchedulesOfDaySchema,
  dailySchedulesOfDaysSchema,
  type KotDailySchedulesOfDay,
} from '../schemas/responses/daily-schedule.js';
import type { KotDateRange } from './attendance-params.js';

/** Filters of {@link DailySchedulesResource.get}. */
export interface GetDailySchedulesParams {
  /** Only employees of this division (所属コード). */
  division?: string;
}

/** Parameters of {@link DailySchedulesResource.list}. */
export interface ListDailySchedulesParams extends KotDateRange, GetDailySchedulesParams {}

const listInput = z
  .strictObject({ ...dateRangeShape, division: divisionCodeInput.optional() })
  .superRefine(checkDateRange)
  .optional();
const getInput = z.object({
  date: dateInput,
  params: z.strictObject({ division: divisionCodeInput.optional() }).optional(),
});

/**
 * Planned days (日別スケジュール): scheduled clock-in and clock-out per employee and date. This
 * endpoint is not in the vendor's published reference; its answers are validated loosely.
 */
export class DailySchedulesResource {
  readonly #requester: Requester;

  /** @internal */
  constructor(requester: Requester) {
    this.#requester = requester;
  }

  /**
   * Schedules for a range (`GET /daily-schedules`); ranges over 62 days are split and merged.
   *
   * @example
   * ```ts
   * const days = await kot.dailySchedules.list({ start: '2024-02-01', end: '2024-02-29' });
   * ```
   */
  async list(params?: ListDailySchedulesParams): Promise<KotDailySchedulesOfDay[]> {
    const input = parseInput('dailySchedules.list', listInput, params);
    return requestInRanges({ start: input?.start, end: input?.end }, (range) =>
      this.#requester.request({
        operation: 'dailySchedules.list',
        method: 'GET',
        path: ['daily-schedules'],
        query: { ...range, division: input?.division },
        schema: dailySchedulesOfDaysSchema,
      }),
    );
  }

  /**
   * Schedules on one date (`GET /daily-schedules/{date}`).
   *
   * @example
   * ```ts
   * const { dailySchedules } = await kot.dailySchedules.get('2024-02-07');
   * ```
   */
  async get(date: string, params?: GetDailySchedulesParams): Promise<KotDailySchedulesOfDay> {
    const input = parseInput('dailySchedules.get', getInput, { date, params });
    return this.#requester.request({
      operation: 'dailySchedules.get',
      method: 'GET',
      path: ['daily-schedules', input.date],
      query: { division: input.params?.division },
      schema: dailySchedulesOfDaySchema,
    });
  }
}
