import type { Requester } from '../internal/http/requester.js';
import { divisionsSchema, type KotDivision } from '../schemas/responses/division.js';

/** Divisions (所属). */
export class DivisionsResource {
  readonly #requester: Requester;

  /** @internal */
  constructor(requester: Requester) {
    this.#requester = requester;
  }

  /**
   * Every division with its 日付変更時刻 (`GET /divisions`).
   *
   * @example
   * ```ts
   * for (const d of await kot.divisions.list()) console.log(d.code, d.name, d.dayBorderTime);
   * ```
   */
  list(): Promise<KotDivision[]> {
    return this.#requester.request({
      operation: 'divisions.list',
      method: 'GET',
      path: ['divisions'],
      schema: divisionsSchema,
    });
  }
}
