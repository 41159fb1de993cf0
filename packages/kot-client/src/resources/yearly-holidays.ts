import { z } from 'zod';
import type { Requester } from '../internal/http/requester.js';
import { parseInput } from '../internal/validation/parse-input.js';
import { ATTENDANCE_ADDITIONAL_FIELDS } from '../schemas/inputs/day-params.js';
import { additionalFieldsInput, integerCodeInput, yearInput } from '../schemas/inputs/primitives.js';
import { type KotYearlyHolidays, yearlyHolidaysSchema } from '../schemas/responses/yearly-holidays.js';
import type { KotAttendanceAdditionalField } from './attendance-params.js';

/** Parameters of {@link YearlyHolidaysResource.get}. */
export interface GetYearlyHolidaysParams {
  /** Extra fields to include. */
  additionalFields?: readonly KotAttendanceAdditionalField[];
}

const getInput = z.object({
  employeeTypeCode: integerCodeInput,
  year: yearInput,
  params: z
    .strictObject({ additionalFields: additionalFieldsInput(ATTENDANCE_ADDITIONAL_FIELDS) })
    .optional(),
});

/** Leave granted and taken per business year (年別休暇データ). */
export class YearlyHolidaysResource {
  readonly #requester: Requester;

  /** @internal */
  constructor(requester: Requester) {
    this.#requester = requester;
  }

  /**
   * Leave grants, uses, carry-overs and expiries of the employees of an employment type in a
   * year (`GET /yearly-workings/holidays/{employeeTypeCode}/{year}`).
   *
   * @example
   * ```ts
   * const { employees } = await kot.yearlyHolidays.get('1', 2024);
   * ```
   */
  async get(
    employeeTypeCode: string | number,
    year: number | string,
    params?: GetYearlyHolidaysParams,
  ): Promise<KotYearlyHolidays> {
    const input = parseInput('yearlyHolidays.get', getInput, { employeeTypeCode, year, params });
    return this.#requester.request({
      operation: 'yearlyHolidays.get',
      method: 'GET',
      path: ['yearly-workings', 'holidays', input.employeeTypeCode, input.year],
      query: { additionalFields: input.params?.additionalFields?.join(',') },
      schema: yearlyHolidaysSchema,
    });
  }
}
