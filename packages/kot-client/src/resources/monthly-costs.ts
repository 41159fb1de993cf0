import { z } from 'zod';
import type { Requester } from '../internal/http/requester.js';
import { parseInput } from '../internal/validation/parse-input.js';
import { ATTENDANCE_ADDITIONAL_FIELDS } from '../schemas/inputs/day-params.js';
import { additionalFieldsInput, divisionCodeInput, monthInput } from '../schemas/inputs/primitives.js';
import { type KotMonthlyCost, monthlyCostsSchema } from '../schemas/responses/monthly-cost.js';
import type { KotAttendanceAdditionalField } from './attendance-params.js';

/** Parameters of {@link MonthlyCostsResource.get}. */
export interface GetMonthlyCostsParams {
  /** Only employees of this division (所属コード). */
  division?: string;
  /** Extra fields to include. */
  additionalFields?: readonly KotAttendanceAdditionalField[];
}

const getInput = z.object({
  month: monthInput,
  params: z
    .strictObject({
      division: divisionCodeInput.optional(),
      additionalFields: additionalFieldsInput(ATTENDANCE_ADDITIONAL_FIELDS),
    })
    .optional(),
});

/** Monthly labour cost estimates (月別費用データ). */
export class MonthlyCostsResource {
  readonly #requester: Requester;

  /** @internal */
  constructor(requester: Requester) {
    this.#requester = requester;
  }

  /**
   * Every employee's cost estimate for a month `YYYY-MM` (`GET /monthly-workings/cost/{YYYY-MM}`).
   *
   * @example
   * ```ts
   * const costs = await kot.monthlyCosts.get('2024-02');
   * ```
   */
  async get(month: string, params?: GetMonthlyCostsParams): Promise<KotMonthlyCost[]> {
    const input = parseInput('monthlyCosts.get', getInput, { month, params });
    return this.#requester.request({
      operation: 'monthlyCosts.get',
      method: 'GET',
      path: ['monthly-workings', 'cost', input.month],
      query: {
        division: input.params?.division,
        additionalFields: input.params?.additionalFields?.join(','),
      },
      schema: monthlyCostsSchema,
    });
  }
}
