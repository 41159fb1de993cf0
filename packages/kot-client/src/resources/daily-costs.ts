import { requestInRanges } from '../internal/http/request-in-ranges.js';
import type { Requester } from '../internal/http/requester.js';
import { parseInput } from '../internal/validation/parse-input.js';
import { dayInput, dayQuery, rangeInput } from '../schemas/inputs/day-params.js';
import {
  dailyCostsOfDaySchema,
  dailyCostsOfDaysSchema,
  type KotDailyCostsOfDay,
} from '../schemas/responses/daily-cost.js';
import type { KotDateRange, KotDayFilter } from './attendance-params.js';

/** Parameters of {@link DailyCostsResource.list}. */
export interface ListDailyCostsParams extends KotDateRange, KotDayFilter {}

/** Daily labour cost estimates (日別費用データ). */
export class DailyCostsResource {
  readonly #requester: Requester;

  /** @internal */
  constructor(requester: Requester) {
    this.#requester = requester;
  }

  /**
   * Daily costs for a range (`GET /daily-workings/cost`); ranges over 62 days are split and merged.
   *
   * @example
   * ```ts
   * const days = await kot.dailyCosts.list({ start: '2024-02-01', end: '2024-02-29' });
   * ```
   */
  async list(params?: ListDailyCostsParams): Promise<KotDailyCostsOfDay[]> {
    const input = parseInput('dailyCosts.list', rangeInput, params);
    return requestInRanges({ start: input?.start, end: input?.end }, (range) =>
      this.#requester.request({
        operation: 'dailyCosts.list',
        method: 'GET',
        path: ['daily-workings', 'cost'],
        query: { ...range, ...dayQuery(input) },
        schema: dailyCostsOfDaysSchema,
      }),
    );
  }

  /**
   * Daily costs on one date (`GET /daily-workings/cost/{date}`).
   *
   * @example
   * ```ts
   * const { dailyWorkings } = await kot.dailyCosts.get('2024-02-07');
   * ```
   */
  async get(date: string, params?: KotDayFilter): Promise<KotDailyCostsOfDay> {
    const input = parseInput('dailyCosts.get', dayInput, { date, params });
    return this.#requester.request({
      operation: 'dailyCosts.get',
      method: 'GET',
      path: ['daily-workings', 'cost', input.date],
      query: dayQuery(input.params),
      schema: dailyCostsOfDaySchema,
    });
  }
}
