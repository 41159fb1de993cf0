import { requestInRanges } from '../internal/http/request-in-ranges.js';
import type { Requester } from '../internal/http/requester.js';
import { parseInput } from '../internal/validation/parse-input.js';
import { dayInput, dayQuery, rangeInput } from '../schemas/inputs/day-params.js';
import {
  dailyWorkingsOfDaySchema,
  dailyWorkingsOfDaysSchema,
  type KotDailyWorkingsOfDay,
} from '../schemas/responses/daily-working.js';
import type { KotDateRange, KotDayFilter } from './attendance-params.js';

/** Parameters of {@link DailyWorkingsResource.list}. */
export interface ListDailyWorkingsParams extends KotDateRange, KotDayFilter {}

/** Daily working data (日別勤務データ): totals per employee and working day. */
export class DailyWorkingsResource {
  readonly #requester: Requester;

  /** @internal */
  constructor(requester: Requester) {
    this.#requester = requester;
  }

  /**
   * Daily workings for a range (`GET /daily-workings`); ranges over 62 days are split and merged.
   *
   * @example
   * ```ts
   * const days = await kot.dailyWorkings.list({ start: '2024-01-01', end: '2024-03-31' });
   * const errorDays = days.flatMap((d) => d.dailyWorkings).filter((w) => w.isError);
   * ```
   */
  async list(params?: ListDailyWorkingsParams): Promise<KotDailyWorkingsOfDay[]> {
    const input = parseInput('dailyWorkings.list', rangeInput, params);
    return requestInRanges({ start: input?.start, end: input?.end }, (range) =>
      this.#requester.request({
        operation: 'dailyWorkings.list',
        method: 'GET',
        path: ['daily-workings'],
        query: { ...range, ...dayQuery(input) },
        schema: dailyWorkingsOfDaysSchema,
      }),
    );
  }

  /**
   * Daily workings on one date (`GET /daily-workings/{date}`).
   *
   * @example
   * ```ts
   * const { dailyWorkings } = await kot.dailyWorkings.get('2024-02-07');
   * ```
   */
  async get(date: string, params?: KotDayFilter): Promise<KotDailyWorkingsOfDay> {
    const input = parseInput('dailyWorkings.get', dayInput, { date, params });
    return this.#requester.request({
      operation: 'dailyWorkings.get',
      method: 'GET',
      path: ['daily-workings', input.date],
      query: dayQuery(input.params),
      schema: dailyWorkingsOfDaySchema,
    });
  }
}
