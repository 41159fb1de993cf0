import { z } from 'zod';
import { parseBody } from '../body.js';
import { addDays, eachDate, isCalendarDate, jstInstant } from '../calendar.js';
import { type DayFilter, dayFilter, employeeDays } from '../day-scope.js';
import { punchCodeSchema } from '../input-schemas.js';
import { parseIsoTime } from '../iso-time.js';
import { badRequest, notFound } from '../kot-http-error.js';
import { additionalFields, checkDateWindow, dateRange, dateValue } from '../params.js';
import type { Route, RouteContext } from '../route.js';
import { currentDateEmployeeView, isEmployedOn, timeRecordView } from '../views.js';
import { workingDayOf } from '../working-day.js';

const punchBodySchema = z.object({
  date: z.string().refine(isCalendarDate, 'Expected a calendar date YYYY-MM-DD').optional(),
  time: z.string(),
  code: punchCodeSchema.optional(),
  divisionCode: z.string().min(1).optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  isOmittedWorkingDay: z.boolean().optional(),
});

function day(
  context: RouteContext,
  date: string,
  filter: DayFilter,
  withEmployee: boolean,
  employeeKeys?: ReadonlySet<string>,
) {
  return {
    date,
    dailyWorkings: employeeDays(context, date, filter, employeeKeys).map((entry) => ({
      date,
      employeeKey: entry.employee.key,
      currentDateEmployee: withEmployee ? currentDateEmployeeView(context.store, entry.employee) : undefined,
      timeRecord: entry.punches.map(timeRecordView),
    })),
  };
}

function employeeKeysParam(context: RouteContext, filter: DayFilter): Set<string> | undefined {
  const value = context.query.get('employeeKeys');
  if (value === null) return undefined;
  if (filter.division !== undefined) throw badRequest('employeeKeysとdivisionは同時に指定できません');
  const keys = new Set(value.split(',').map((key) => key.trim()));
  for (const key of keys) {
    if (!context.store.employees.has(key)) throw badRequest(`従業員が存在しません: employeeKeys=${key}`);
  }
  return keys;
}

/** The 打刻 POST: validate, store (never deduplicated), answer 201. */
function punch(context: RouteContext) {
  const employee = context.store.employees.get(context.params[0]!);
  if (!employee) throw notFound(`従業員が存在しません: ${context.params[0]}`);
  const body = parseBody(punchBodySchema, context.body);
  const parsed = parseIsoTime(body.time);
  if (!parsed) {
    throw badRequest(
      `timeは秒とタイムゾーンを含むISO 8601形式で指定してください（例: 2016-05-01T09:00:00+09:00）: ${body.time}`,
    );
  }
  if (parsed.offset !== '+09:00' && !context.settings.acceptNonJstOffsets) {
    throw badRequest(`timeのタイムゾーンは+09:00で指定してください: ${body.time}`);
  }
  const divisionCode = body.divisionCode ?? employee.divisionCode;
  const division = context.store.divisions.get(divisionCode);
  if (!division) throw badRequest(`所属が存在しません: divisionCode=${divisionCode}`);
  // The API description requires `date` on every 打刻, also with isOmittedWorkingDay.
  if (body.date === undefined) throw badRequest('dateは必須です');
  let date = body.date;
  if (body.isOmittedWorkingDay === true) {
    if (body.code === undefined) throw badRequest('isOmittedWorkingDayを指定する場合はcodeが必須です');
    const home = context.store.divisions.get(employee.divisionCode) ?? division;
    date = workingDayOf(parsed.instant, home.dayBorderTime);
  }
  checkDateWindow(context, 'date', date);
  // KOT accepts a punch from the start of the working day to 23:59:59 of the next day.
  if (parsed.instant < jstInstant(date) || parsed.instant >= jstInstant(addDays(date, 2))) {
    throw badRequest(
      `timeは勤務日${date}の00:00:00から翌日23:59:59までの範囲で指定してください: ${body.time}`,
    );
  }
  if (!isEmployedOn(employee, date))
    throw badRequest(`勤務日${date}に在籍していない従業員です: ${employee.code}`);
  const existing = context.store.punchesOf(employee.key, date);
  // Without a code KOT decides the punch type: a first punch is 出勤, later ones 退勤.
  const code = body.code ?? (existing.some((record) => record.code === '1') ? '2' : '1');
  const record = context.store.addPunch({
    employee,
    date,
    at: new Date(Math.floor(parsed.instant.getTime() / 1000) * 1000),
    code,
    divisionCode,
    latitude: body.latitude,
    longitude: body.longitude,
    receivedAt: context.now,
    source: 'api',
  });
  return {
    status: 201,
    body: { date, employeeKey: employee.key, timeRecord: timeRecordView(record) },
    stored: record,
  };
}

/** `GET /daily-workings/timerecord[/{date}]` and `POST /daily-workings/timerecord/{employeeKey}` (日別打刻). */
export const timerecordRoutes: readonly Route[] = [
  {
    method: 'GET',
    // Only `/daily-workings/timerecord`, without a trailing slash: the form KING OF TIME documents
    // (see the client's TimeRecordsResource.list for why). `/daily-workings/timerecord/` is an
    // unknown path here, so a client sending it fails against the simulator.
    pattern: /^\/daily-workings\/timerecord$/,
    handle: (context) => {
      const filter = dayFilter(context);
      const employeeKeys = employeeKeysParam(context, filter);
      const withEmployee = additionalFields(context, ['currentDateEmployee']).has('currentDateEmployee');
      const { start, end } = dateRange(context);
      return {
        status: 200,
        body: eachDate(start, end).map((date) => day(context, date, filter, withEmployee, employeeKeys)),
      };
    },
  },
  {
    method: 'GET',
    pattern: /^\/daily-workings\/timerecord\/([^/]+)$/,
    handle: (context) => {
      const date = dateValue(context, 'date', context.params[0]!);
      const filter = dayFilter(context);
      const withEmployee = additionalFields(context, ['currentDateEmployee']).has('currentDateEmployee');
      return { status: 200, body: day(context, date, filter, withEmployee) };
    },
  },
  {
    method: 'POST',
    pattern: /^\/daily-workings\/timerecord\/([^/]+)$/,
    exemptFromRestrictedHours: true,
    handle: punch,
  },
];
