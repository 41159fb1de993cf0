import { z } from 'zod';
import { requestInRanges } from '../internal/http/request-in-ranges.js';
import type { Requester } from '../internal/http/requester.js';
import { parseInput } from '../internal/validation/parse-input.js';
import type { KotPunchCodeInput } from '../punch-code.js';
import { checkDateRange, checkOnDivision, dateRangeShape } from '../schemas/inputs/date-range.js';
import { dayFilterShape, dayInput, dayQuery } from '../schemas/inputs/day-params.js';
import { employeeKeyInput } from '../schemas/inputs/primitives.js';
import { timeRecordInput } from '../schemas/inputs/time-record-input.js';
import {
  createdTimeRecordSchema,
  type KotCreatedTimeRecord,
  type KotTimeRecordsOfDay,
  timeRecordsOfDaySchema,
  timeRecordsOfDaysSchema,
} from '../schemas/responses/time-record.js';
import type { KotDateRange, KotDayFilter } from './attendance-params.js';

/** Parameters of {@link TimeRecordsResource.list}. */
export interface ListTimeRecordsParams extends KotDateRange, KotDayFilter {
  /** Only these employees (employee keys). Cannot be combined with `division`. */
  employeeKeys?: readonly string[];
}

/** A 打刻 to register with {@link TimeRecordsResource.create}. */
export interface CreateTimeRecordParams {
  /**
   * The working day (勤務日) the punch belongs to, `YYYY-MM-DD`. Not always the calendar date of
   * `time`: a 02:00 punch belongs to the previous working day when the division's 日付変更時刻
   * is 05:00. Always required, also with `isOmittedWorkingDay` (the API description requires it).
   */
  date: string;
  /**
   * When: a `Date` or an ISO 8601 string with an offset. Always sent as ISO 8601 with seconds
   * in Japan time (`2024-02-07T09:03:12+09:00`), milliseconds dropped. Must fall between
   * `date` 00:00:00 and 23:59:59 of the next day, Japan time.
   */
  time: Date | string;
  /**
   * The kind of punch: `clockIn` (出勤), `clockOut` (退勤), `breakStart` (休憩開始), `breakEnd`
   * (休憩終了), `goingOut` (外出), `goingOutReturn` (外出戻り), or KING OF TIME's code `'1'`, `'2'`, `'3'`, `'4'`, `'7'`, `'8'` (there is no `'5'` or `'6'`).
   * Omitted, KING OF TIME guesses.
   */
  code?: KotPunchCodeInput;
  /** The division punched at (打刻先所属コード); default the employee's own. */
  divisionCode?: string;
  /** Latitude (緯度), with `longitude`. */
  latitude?: number;
  /** Longitude (経度), with `latitude`. */
  longitude?: number;
  /**
   * Let KING OF TIME choose the working day from `time` and the division's 日付変更時刻; `code`
   * is then required, and `date` is still sent (the API description requires it).
   */
  isOmittedWorkingDay?: boolean;
}

const listInput = z
  .strictObject({
    ...dateRangeShape,
    ...dayFilterShape,
    employeeKeys: z
      .array(employeeKeyInput)
      .min(1, 'give at least one employee key, or leave it out')
      .optional(),
  })
  .superRefine(checkDateRange)
  .superRefine(checkOnDivision)
  .superRefine((value, ctx) => {
    if (value.employeeKeys !== undefined && value.division !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['employeeKeys'],
        message: 'employeeKeys cannot be combined with division',
      });
    }
  })
  .optional();

const createInput = z.object({ employeeKey: employeeKeyInput, punch: timeRecordInput });

/** 打刻 (punches): read them per working day, and register one. */
export class TimeRecordsResource {
  readonly #requester: Requester;

  /** @internal */
  constructor(requester: Requester) {
    this.#requester = requester;
  }

  /**
   * Punches for a range of working days (`GET /daily-workings/timerecord`); ranges over 62 days
   * are split and merged.
   *
   * The path has no trailing slash. The community OpenAPI transcription writes
   * `/daily-workings/timerecord/`, but KING OF TIME's own documentation of this list (日別打刻データ
   * 一覧) writes `/daily-workings/timerecord`, like every sibling list it documents
   * (`/daily-workings`, `/daily-workings/cost`, whose URI templates the transcription copied without
   * a slash); the slash is the transcription's only path ending in one. See
   * docs/maintainer/adding-a-kot-endpoint.md.
   *
   * @example
   * ```ts
   * const days = await kot.timerecords.list({ start: '2024-02-01', end: '2024-02-07', employeeKeys: [key] });
   * ```
   */
  async list(params?: ListTimeRecordsParams): Promise<KotTimeRecordsOfDay[]> {
    const input = parseInput('timerecords.list', listInput, params);
    return requestInRanges({ start: input?.start, end: input?.end }, (range) =>
      this.#requester.request({
        operation: 'timerecords.list',
        method: 'GET',
        path: ['daily-workings', 'timerecord'],
        query: { ...range, ...dayQuery(input), employeeKeys: input?.employeeKeys?.join(',') },
        schema: timeRecordsOfDaysSchema,
      }),
    );
  }

  /**
   * Punches on one working day (`GET /daily-workings/timerecord/{date}`).
   *
   * @example
   * ```ts
   * const { dailyWorkings } = await kot.timerecords.get('2024-02-07');
   * ```
   */
  async get(date: string, params?: KotDayFilter): Promise<KotTimeRecordsOfDay> {
    const input = parseInput('timerecords.get', dayInput, { date, params });
    return this.#requester.request({
      operation: 'timerecords.get',
      method: 'GET',
      path: ['daily-workings', 'timerecord', input.date],
      query: dayQuery(input.params),
      schema: timeRecordsOfDaySchema,
    });
  }

  /**
   * Registers one 打刻 for an employee, by key (`POST /daily-workings/timerecord/{employeeKey}`).
   *
   * **Not idempotent**: every call adds a punch, and two 出勤 on one working day make it an
   * error day (エラー勤務). It is therefore retried only when KING OF TIME certainly did not
   * apply it (connection refused, 429, restricted-hours refusal). When the outcome is unknown
   * (timeout after sending, connection reset, 5xx) the error has `maybeApplied: true`: read the
   * day's punches before sending it again. Accepted during restricted hours.
   *
   * @example
   * ```ts
   * await kot.timerecords.create(employee.key, {
   *   date: '2024-02-07',
   *   time: new Date('2024-02-07T00:03:12Z'), // sent as 2024-02-07T09:03:12+09:00
   *   code: 'clockIn',
   * });
   * ```
   */
  async create(employeeKey: string, punch: CreateTimeRecordParams): Promise<KotCreatedTimeRecord> {
    const input = parseInput('timerecords.create', createInput, { employeeKey, punch });
    return this.#requester.request({
      operation: 'timerecords.create',
      method: 'POST',
      path: ['daily-workings', 'timerecord', input.employeeKey],
      body: input.punch,
      schema: createdTimeRecordSchema,
      restrictedExempt: true,
    });
  }
}
