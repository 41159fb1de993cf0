import { z } from 'zod';
import type { Requester } from '../internal/http/requester.js';
import { parseInput } from '../internal/validation/parse-input.js';
import { additionalFieldsInput } from '../schemas/inputs/primitives.js';
import { employeeGroupsSchema, type KotEmployeeGroup } from '../schemas/responses/employee-group.js';

const ADDITIONAL_FIELDS = ['category'] as const satisfies readonly KotEmployeeGroupAdditionalField[];

/** Extra employee-group fields KING OF TIME includes on request. */
export type KotEmployeeGroupAdditionalField = 'category';

/** Parameters of {@link EmployeeGroupsResource.list}. */
export interface ListEmployeeGroupsParams {
  /** Extra fields to include. */
  additionalFields?: readonly KotEmployeeGroupAdditionalField[];
}

const listInput = z.strictObject({ additionalFields: additionalFieldsInput(ADDITIONAL_FIELDS) }).optional();

/** Employee groups (従業員グループ); the company must have the feature enabled. */
export class EmployeeGroupsResource {
  readonly #requester: Requester;

  /** @internal */
  constructor(requester: Requester) {
    this.#requester = requester;
  }

  /**
   * Every employee group (`GET /employee-groups`).
   *
   * @example
   * ```ts
   * const groups = await kot.employeeGroups.list({ additionalFields: ['category'] });
   * ```
   */
  async list(params?: ListEmployeeGroupsParams): Promise<KotEmployeeGroup[]> {
    const input = parseInput('employeeGroups.list', listInput, params);
    return this.#requester.request({
      operation: 'employeeGroups.list',
      method: 'GET',
      path: ['employee-groups'],
      query: { additionalFields: input?.additionalFields?.join(',') },
      schema: employeeGroupsSchema,
    });
  }
}
