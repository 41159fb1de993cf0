import type { Requester } from '../internal/http/requester.js';
import { companySchema, type KotCompany } from '../schemas/responses/company.js';

/** The company the token belongs to (企業情報). */
export class CompanyResource {
  readonly #requester: Requester;

  /** @internal */
  constructor(requester: Requester) {
    this.#requester = requester;
  }

  /**
   * The company: key, 企業コード, name, host (`GET /company`).
   *
   * @example
   * ```ts
   * const { code, name } = await kot.company.get();
   * ```
   */
  get(): Promise<KotCompany> {
    return this.#requester.request({
      operation: 'company.get',
      method: 'GET',
      path: ['company'],
      schema: companySchema,
    });
  }
}
