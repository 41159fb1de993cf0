import { z } from 'zod';
import type { Requester } from '../internal/http/requester.js';
import { parseInput } from '../internal/validation/parse-input.js';
import { additionalFieldsInput, divisionCodeInput, monthInput } from '../schemas/inputs/primitives.js';
import { type KotMonthlyWorking, monthlyWorkingsSchema } from '../schemas/responses/monthly-working.js';

const ADDITIONAL_FIELDS = [
  'weeklyWork',
  'variationalWork',
  'isConfirmation',
  'currentDateEmployee',
] as const satisfies readonly KotMonthlyWorkingAdditionalField[];

/** Extra monthly-working fields KING OF TIME includes on request. */
export type KotMonthlyWorkingAdditionalField =
  | 'weeklyWork'
  | 'variationalWork'
  | 'isConfirmation'
  | 'currentDateEmployee';

/** Parameters of {@link MonthlyWorkingsResource.get}. */
export interface GetMonthlyWorkingsParams {
  /** Only employees of this division (所属コード). */
  division?: string;
  /** Extra fields to include. */
  additionalFields?: readonly KotMonthlyWorkingAdditionalField[];
}

const getInput = z.object({
  month: monthInput,
  params: z
    .strictObject({
      division: divisionCodeInput.optional(),
      additionalFields: additionalFieldsInput(ADDITIONAL_FIELDS),
    })
    .optional(),
});

/** Monthly working data (月別勤務データ). */
export class MonthlyWorkingsResource {
  readonly #requester: Requester;

  /** @internal */
  constructor(requester: Requester) {
    this.#requester = requester;
  }

  /**
   * Every employee's monthly totals for a month `YYYY-MM` (`GET /monthly-workings/{YYYY-MM}`).
   *
   * @example
   * ```ts
   * const totals = await kot.monthlyWorkings.get('2024-02', { additionalFields: ['currentDateEmployee'] });
   * ```
   */
  async get(month: string, params?: GetMonthlyWorkingsParams): Promise<KotMonthlyWorking[]> {
    const input = parseInput('monthlyWorkings.get', getInput, { month, params });
    return this.#requester.request({
      operation: 'monthlyWorkings.get',
      method: 'GET',
      path: ['monthly-workings', input.month],
      query: {
        division: input.params?.division,
        additionalFields: input.params?.additionalFields?.join(','),
      },
      schema: monthlyWorkingsSchema,
    });
  }
}
