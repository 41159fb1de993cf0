import type { KotSimulatorEmployee } from '../../kot-simulator-employee.js';
import { addDays, dayOfWeek, eachDate, monthBounds } from '../calendar.js';
import { badRequest } from '../kot-http-error.js';
import { employeesDuring } from '../month-employees.js';
import { additionalFields, divisionParam, monthValue } from '../params.js';
import type { Route, RouteContext } from '../route.js';
import { currentDateEmployeeView } from '../views.js';
import { plannedDay } from '../work-schedule.js';
import { summariseWorkday } from '../workday-summary.js';

const MONTHLY_ADDITIONAL_FIELDS = ['weeklyWork', 'variationalWork', 'isConfirmation', 'currentDateEmployee'];
/** Paid leave every employee is assumed to have left (no leave is simulated). */
const PAID_LEAVE_DAYS = 10;

const holidayWork = () => ({ normal: 0, night: 0, overtime: 0, nightOvertime: 0, extra: 0, nightExtra: 0 });

function monthlyWorking(
  context: RouteContext,
  employee: KotSimulatorEmployee,
  month: string,
  fields: ReadonlySet<string>,
) {
  const { start, end } = monthBounds(month);
  const [year, monthNumber] = month.split('-').map(Number);
  const yesterday = addDays(context.today, -1);
  const totals = {
    workingCount: 0,
    weekdayWorkingCount: 0,
    lateCount: 0,
    earlyLeaveCount: 0,
    absentdayCount: 0,
    assigned: 0,
    unassigned: 0,
    overtime: 0,
    night: 0,
    breakSum: 0,
    late: 0,
    earlyLeave: 0,
    bind: 0,
  };
  const legal = { ...holidayWork(), count: 0, dayCount: 0 };
  const general = { ...holidayWork(), count: 0, dayCount: 0 };
  for (const date of eachDate(start, end)) {
    const summary = summariseWorkday(employee, date, context.store.punchesOf(employee.key, date));
    const weekday = dayOfWeek(date) !== 0 && dayOfWeek(date) !== 6;
    if (!summary.punched && plannedDay(employee, date) && date <= yesterday) totals.absentdayCount++;
    if (!summary.worked) continue;
    totals.workingCount++;
    if (weekday) totals.weekdayWorkingCount++;
    if (summary.late > 0) totals.lateCount++;
    if (summary.earlyLeave > 0) totals.earlyLeaveCount++;
    totals.assigned += summary.assigned;
    totals.unassigned += summary.unassigned;
    totals.overtime += summary.overtime;
    totals.night += summary.lateNight;
    totals.breakSum += summary.breakTime;
    totals.late += summary.late;
    totals.earlyLeave += summary.earlyLeave;
    totals.bind += summary.bind;
    const holiday = dayOfWeek(date) === 0 ? legal : dayOfWeek(date) === 6 ? general : undefined;
    if (holiday) {
      holiday.normal += summary.totalWork;
      holiday.night += summary.lateNight;
      holiday.count++;
      holiday.dayCount++;
    }
  }
  return {
    year,
    month: monthNumber,
    employeeKey: employee.key,
    currentDateEmployee: fields.has('currentDateEmployee')
      ? currentDateEmployeeView(context.store, employee)
      : undefined,
    startDate: start,
    endDate: end,
    workingCount: totals.workingCount,
    weekdayWorkingCount: totals.weekdayWorkingCount,
    lateCount: totals.lateCount,
    earlyLeaveCount: totals.earlyLeaveCount,
    workingDayCount: totals.workingCount,
    weekdayWorkingdayCount: totals.weekdayWorkingCount,
    absentdayCount: totals.absentdayCount,
    holidaysObtained: [{ dayCount: 0, minutes: 0, code: 1, name: '有休' }],
    assigned: totals.assigned,
    unassigned: totals.unassigned,
    overtime: totals.overtime,
    night: totals.night,
    nightUnassigned: 0,
    nightOvertime: 0,
    breakSum: totals.breakSum,
    late: totals.late,
    earlyLeave: totals.earlyLeave,
    holidayWork: {
      ...holidayWork(),
      normal: legal.normal + general.normal,
      night: legal.night + general.night,
    },
    premiumWork: { overtime1: totals.overtime, nightOvertime1: 0, overtime2: 0, nightOvertime2: 0 },
    legalHolidayWork: legal,
    generalHolidayWork: general,
    bind: totals.bind,
    regarding: 0,
    isClosing: false,
    customMonthlyWorkings: [],
    intervalShortageCount: 0,
    weeklyWork: fields.has('weeklyWork')
      ? { overtime: 0, nightOvertime: 0, generalHolidayOvertime: 0, generalHolidayNightOvertime: 0 }
      : undefined,
    variationalWork: fields.has('variationalWork') ? variationalWork() : undefined,
    isConfirmation: fields.has('isConfirmation') ? false : undefined,
  };
}

// KOT's names, written here from its description and not taken from the client's response schema:
// the simulator is an independent check of that schema (routes-shape.test.ts holds these
// against the OpenAPI description).
function variationalWork() {
  const names = [
    'yearlyOvertime',
    'yearlyNightOvertime',
    'monthlyOvertime',
    'monthlyNightOvertime',
    'weeklyOvertime',
    'weeklyNightOvertime',
    'monthlyLegalHolidayOvertime',
    'monthlyLegalHolidayNightOvertime',
    'weeklyLegalHolidayOvertime',
    'weeklyLegalHolidayNightOvertime',
    'yearlyGeneralHolidayOvertime',
    'yearlyGeneralHolidayNightOvertime',
    'monthlyGeneralHolidayOvertime',
    'monthlyGeneralHolidayNightOvertime',
    'weeklyGeneralHolidayOvertime',
    'weeklyGeneralHolidayNightOvertime',
  ];
  return Object.fromEntries(names.map((name) => [name, 0]));
}

/** `GET /monthly-workings/{YYYY-MM}` and `GET /monthly-workings/holiday-remained/{typeCode}/{YYYY-MM}`. */
export const monthlyWorkingRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/monthly-workings\/holiday-remained\/([^/]+)\/([^/]+)$/,
    handle: (context) => {
      const typeCode = context.params[0]!;
      if (!context.store.workingTypes.has(typeCode)) throw badRequest(`雇用区分が存在しません: ${typeCode}`);
      const month = monthValue(context, context.params[1]!);
      const withEmployee = additionalFields(context, ['currentDateEmployee']).has('currentDateEmployee');
      const { start, end } = monthBounds(month);
      const body = employeesDuring(context.store, start, end, { typeCode }).map((employee) => ({
        date: end,
        closeDate: Number(end.slice(8)),
        employeeKey: employee.key,
        currentDateEmployee: withEmployee ? currentDateEmployeeView(context.store, employee) : undefined,
        holidayRemained: [
          { day: PAID_LEAVE_DAYS, minutes: 0, code: 1, name: '有休' },
          { day: 0, minutes: 0, code: 2, name: '代休' },
        ],
      }));
      return { status: 200, body };
    },
  },
  {
    method: 'GET',
    pattern: /^\/monthly-workings\/([^/]+)$/,
    handle: (context) => {
      const month = monthValue(context, context.params[0]!);
      const division = divisionParam(context);
      const fields = additionalFields(context, MONTHLY_ADDITIONAL_FIELDS);
      const { start, end } = monthBounds(month);
      return {
        status: 200,
        body: employeesDuring(context.store, start, end, { division }).map((employee) =>
          monthlyWorking(context, employee, month, fields),
        ),
      };
    },
  },
];
