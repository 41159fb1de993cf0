import type { DescriptionOverride } from './support/apply-overrides.js';

/*
 * The API description's own mistakes: the ONE reviewed list of corrections applied to the copy
 * of the community OpenAPI transcription in `__fixtures__/openapi.yml` before Prism serves it.
 * Each says why the description, not the client or the simulator, is wrong; the copy itself stays
 * byte for byte as published. Never silence a whole operation here: correct the one path,
 * schema or example that is wrong. A stale entry (its location gone, or changing nothing) fails.
 */

const schema = (name: string) => `/components/schemas/${name}`;
const json = '/content/application~1json/schema';

/** 日時 without seconds: the vendor writes non-punch times as `2016-05-10T10:00+09:00`. */
const MINUTE_TIME = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})$',
};
const minuteTime = (at: string): DescriptionOverride => ({
  at,
  set: MINUTE_TIME,
  reason:
    'KING OF TIME writes times other than punch times without seconds ("2016-05-10T10:00+09:00", ' +
    "reference notes [vendor]) and the description's own examples do so; format date-time requires seconds.",
});

const scheduleTimes = ['requested', 'current'].flatMap((side) => {
  const base = `${schema('GetSchedules')}/properties/scheduleRequests/items/properties/${side}/properties`;
  return [
    `${base}/clockInSchedule`,
    `${base}/clockOutSchedule`,
    `${base}/startEndBreakSchedule/items/properties/start`,
    `${base}/startEndBreakSchedule/items/properties/end`,
    `${base}/holidaysObtained/properties/hourHolidays/items/properties/start`,
    `${base}/holidaysObtained/properties/hourHolidays/items/properties/end`,
  ];
});

/** Every correction, in the order applied. */
export const OVERRIDES: readonly DescriptionOverride[] = [
  {
    at: '/paths/~1daily-workings~1timerecord~1',
    moveTo: '/paths/~1daily-workings~1timerecord',
    reason:
      'KING OF TIME documents the punch list as /daily-workings/timerecord, without a trailing slash, like ' +
      'every sibling list; the slash is the only one in the transcription (docs/maintainer/adding-a-kot-endpoint.md).',
  },
  {
    at: `/paths/~1daily-workings~1timerecord~1{date}/get/responses/200${json}/properties/dailyWorkings/items`,
    set: { $ref: '#/components/schemas/daily_working_timerecord_response' },
    reason:
      "A day's dailyWorkings are per-employee days ({date, employeeKey, timeRecord[]}) as in the list and in this " +
      "operation's own example; the transcription typed each item as a single punch.",
  },
  {
    at: `${schema('daily_working_timerecord')}/required`,
    without: ['latitude', 'longitude'],
    reason:
      'Coordinates exist only for punches made with a location; KING OF TIME omits absent properties [vendor] ' +
      "and the description's own examples have punches without latitude/longitude.",
  },
  {
    at: `${schema('working_type_response')}/required`,
    without: ['dayBorderTime'],
    reason:
      'dayBorderTime is required but never defined for a working type (雇用区分); it belongs to divisions, ' +
      "and the description's own example has no such field.",
  },
  ...['RegisterEmployee', 'UpdateEmployee'].map(
    (name): DescriptionOverride => ({
      at: `${schema(name)}/required`,
      without: ['divisionName', 'typeName', 'employeeGroups'],
      reason:
        "KING OF TIME omits properties whose value is null [vendor]; the description's own example answers of " +
        'POST and PUT /employees lack divisionName, typeName or employeeGroups.',
    }),
  ),
  {
    at: `${schema('GetMonthlyWorking')}/items/required`,
    without: ['nightUnassigned'],
    reason:
      "KING OF TIME omits properties whose value is null [vendor]; the description's own example month has no " +
      'nightUnassigned.',
  },
  ...[
    'monthly_working_holiday_work',
    'monthly_working_legal_holiday_work',
    'monthly_working_general_holiday_work',
  ].map(
    (name): DescriptionOverride => ({
      at: `${schema(name)}/required`,
      without: ['nightExtra'],
      reason:
        "KING OF TIME omits properties whose value is null [vendor]; the description's own example month has no " +
        'nightExtra in its holiday work.',
    }),
  ),
  {
    at: `/paths/~1employees~1{employeeKey}/put/requestBody${json}`,
    set: {
      type: 'object',
      description: 'Only the given fields change; a field given empty ("" or []) is cleared.',
      properties: {
        divisionCode: { type: 'string' },
        gender: { type: 'string', enum: ['male', 'female'] },
        typeCode: { type: 'string' },
        code: { type: 'string' },
        lastName: { type: 'string' },
        firstName: { type: 'string' },
        lastNamePhonetics: { type: 'string' },
        firstNamePhonetics: { type: 'string' },
        hiredDate: {
          anyOf: [
            { type: 'string', format: 'date' },
            { type: 'string', maxLength: 0 },
          ],
        },
        birthDate: {
          anyOf: [
            { type: 'string', format: 'date' },
            { type: 'string', maxLength: 0 },
          ],
        },
        resignationDate: {
          anyOf: [
            { type: 'string', format: 'date' },
            { type: 'string', maxLength: 0 },
          ],
        },
        emailAddresses: { type: 'array', items: { type: 'string', format: 'email' } },
        allDayRegardingWorkInMinute: { type: 'integer' },
      },
    },
    reason:
      "PUT /employees/{key} reuses POST's schema with its required fields, but its own text says only the given " +
      'fields change (Request Bodyにて指定された項目のみ更新する) and a field given empty is cleared ' +
      '(値が無いまたは空文字列の場合は、該当項目をNULLで更新する), which format: date would refuse.',
  },
  {
    at: '/paths/~1monthly-workings~1{date}/get/parameters/0',
    set: { $ref: '#/components/parameters/date_year_month_in_path' },
    reason:
      'The month path takes a month (YYYY-MM) like /monthly-workings/cost/{date}; the transcription reused the ' +
      'day parameter (format: date), which refuses every month.',
  },
  {
    at: `${schema('daily_working_response')}/required`,
    without: ['autoBreakOff'],
    reason:
      'autoBreakOff is documented as null when no automatic break is disabled (null： 休憩を無効化しない), and ' +
      'KING OF TIME omits properties whose value is null [vendor]; it cannot be required.',
  },
  {
    at: `${schema('daily_working_holidays_obtained')}/required`,
    without: ['fulltimeHoliday'],
    reason:
      'fulltimeHoliday is the full-day leave taken that day, null on a day without one, and KING OF TIME omits ' +
      'properties whose value is null [vendor]; it cannot be required.',
  },
  ...['daily', 'monthly', 'yearly'].map(
    (period): DescriptionOverride => ({
      at: `${schema(`${period}_working_current_date_employee`)}/required`,
      without: ['lastNamePhonetics', 'firstNamePhonetics'],
      reason:
        'The phonetic names are optional employee fields (not required by POST /employees) and KING OF TIME ' +
        'omits properties whose value is null [vendor]; an employee without them has none here.',
    }),
  ),
  ...['granted', 'obtained', 'remained', 'expired'].map(
    (kind): DescriptionOverride => ({
      at: `${schema(`yearly_working_employee_holiday_${kind}`)}/required`,
      set: ['date'],
      reason:
        'Leave is counted in days or in minutes: KING OF TIME omits the absent one [vendor], as the ' +
        "description's own examples do (e.g. {date, days} and {date, minutes}).",
    }),
  ),
  ...['requested', 'current'].flatMap((side): DescriptionOverride[] => {
    const base = `${schema('GetSchedules')}/properties/scheduleRequests/items/properties/${side}`;
    return [
      {
        at: `${base}/required`,
        without: ['substitutionClockInName'],
        reason:
          'substitutionClockInName (振替出勤) exists only for a substitute working day, null otherwise, and ' +
          'KING OF TIME omits properties whose value is null [vendor]; it cannot be required.',
      },
      {
        at: `${base}/properties/holidaysObtained/required`,
        without: ['fulltimeHoliday'],
        reason:
          'fulltimeHoliday is null on a day without full-day leave, and KING OF TIME omits properties whose ' +
          'value is null [vendor]; it cannot be required.',
      },
    ];
  }),
  ...scheduleTimes.map(minuteTime),
  minuteTime(`${schema('GetSchedules')}/properties/scheduleRequests/items/properties/workFixedStart`),
  minuteTime(`${schema('GetSchedules')}/properties/scheduleRequests/items/properties/workFixedEnd`),
  ...['request_overtime_requested', 'request_overtime_current', 'daily_working_hour_holiday'].flatMap(
    (name) => ['start', 'end'].map((field) => minuteTime(`${schema(name)}/properties/${field}`)),
  ),
];
