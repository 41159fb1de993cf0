import type { Requester } from '../internal/http/requester.js';
import { type KotWorkingType, workingTypesSchema } from '../schemas/responses/working-type.js';

/** Employment types (雇用区分). */
export class WorkingTypesResource {
  readonly #requester: Requester;

  /** @internal */
  constructor(requester: Requester) {
    this.#requester = requester;
  }

  /**
   * Every employment type (`GET /working-types`).
   *
   * @example
   * ```ts
   * const types = await kot.workingTypes.list(); // [{ code: '1', name: '正社員' }]
   * ```
   */
  list(): Promise<KotWorkingType[]> {
    return this.#requester.request({
      operation: 'workingTypes.list',
      method: 'GET',
      path: ['working-types'],
      schema: workingTypesSchema,
    });
  }
}
