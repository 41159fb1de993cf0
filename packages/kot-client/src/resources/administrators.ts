import { z } from 'zod';
import type { Requester } from '../internal/http/requester.js';
import { parseInput } from '../internal/validation/parse-input.js';
import { additionalFieldsInput } from '../schemas/inputs/primitives.js';
import { administratorsSchema, type KotAdministrator } from '../schemas/responses/administrator.js';

const ADDITIONAL_FIELDS = [
  'emailAddresses',
  'associatedEmployees',
] as const satisfies readonly KotAdministratorAdditionalField[];

/** Extra administrator fields KING OF TIME includes on request. */
export type KotAdministratorAdditionalField = 'emailAddresses' | 'associatedEmployees';

/** Parameters of {@link AdministratorsResource.list}. */
export interface ListAdministratorsParams {
  /** Extra fields to include. */
  additionalFields?: readonly KotAdministratorAdditionalField[];
}

const listInput = z.strictObject({ additionalFields: additionalFieldsInput(ADDITIONAL_FIELDS) }).optional();

/** Administrators (管理者). */
export class AdministratorsResource {
  readonly #requester: Requester;

  /** @internal */
  constructor(requester: Requester) {
    this.#requester = requester;
  }

  /**
   * Every administrator (`GET /administrators`).
   *
   * @example
   * ```ts
   * const admins = await kot.administrators.list({ additionalFields: ['associatedEmployees'] });
   * ```
   */
  async list(params?: ListAdministratorsParams): Promise<KotAdministrator[]> {
    const input = parseInput('administrators.list', listInput, params);
    return this.#requester.request({
      operation: 'administrators.list',
      method: 'GET',
      path: ['administrators'],
      query: { additionalFields: input?.additionalFields?.join(',') },
      schema: administratorsSchema,
    });
  }
}
