import { z } from 'zod';
import type { Requester } from '../internal/http/requester.js';
import { parseInput } from '../internal/validation/parse-input.js';
import { ATTENDANCE_ADDITIONAL_FIELDS } from '../schemas/inputs/day-params.js';
import { additionalFieldsInput, integerCodeInput, monthInput } from '../schemas/inputs/primitives.js';
import { holidayRemaindersSchema, type KotHolidayRemainder } from '../schemas/responses/holiday-remainder.js';
import type { KotAttendanceAdditionalField } from './attendance-params.js';

/** Parameters of {@link HolidayRemaindersResource.get}. */
export interface GetHolidayRemaindersParams {
  /** Extra fields to include. */
  additionalFields?: readonly KotAttendanceAdditionalField[];
}

const getInput = z.object({
  employeeTypeCode: integerCodeInput,
  month: monthInput,
  params: z
    .strictObject({ additionalFields: additionalFieldsInput(ATTENDANCE_ADDITIONAL_FIELDS) })
    .optional(),
});

/** Remaining leave per month (月別残休暇データ). */
export class HolidayRemaindersResource {
  readonly #requester: Requester;

  /** @internal */
  constructor(requester: Requester) {
    this.#requester = requester;
  }

  /**
   * Remaining leave of the employees of an employment type (雇用区分コード) at the end of a month
   * (`GET /monthly-workings/holiday-remained/{employeeTypeCode}/{YYYY-MM}`).
   *
   * @example
   * ```ts
   * const remainders = await kot.holidayRemainders.get('1', '2024-03');
   * ```
   */
  async get(
    employeeTypeCode: string | number,
    month: string,
    params?: GetHolidayRemaindersParams,
  ): Promise<KotHolidayRemainder[]> {
    const input = parseInput('holidayRemainders.get', getInput, { employeeTypeCode, month, params });
    return this.#requester.request({
      operation: 'holidayRemainders.get',
      method: 'GET',
      path: ['monthly-workings', 'holiday-remained', input.employeeTypeCode, input.month],
      query: { additionalFields: input.params?.additionalFields?.join(',') },
      schema: holidayRemaindersSchema,
    });
  }
}
