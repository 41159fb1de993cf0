import { eachDate, formatJstMinute } from '../calendar.js';
import { type DayFilter, dayFilter, employeeDays } from '../day-scope.js';
import { additionalFields, dateRange, dateValue } from '../params.js';
import type { Route, RouteContext } from '../route.js';
import { currentDateEmployeeView } from '../views.js';
import { plannedDay, workdayTypeName } from '../work-schedule.js';

/**
 * The shape is not in the vendor-derived specification: `{date, dailySchedules: [{date,
 * employeeKey, …}]}` follows a public client, the schedule fields follow スケジュール申請.
 */
function day(context: RouteContext, date: string, filter: DayFilter, withEmployee: boolean) {
  return {
    date,
    dailySchedules: employeeDays(context, date, filter).map(({ employee }) => {
      const plan = plannedDay(employee, date);
      return {
        date,
        employeeKey: employee.key,
        currentDateEmployee: withEmployee ? currentDateEmployeeView(context.store, employee) : undefined,
        workdayTypeName: workdayTypeName(date),
        workPlaceDivisionCode: employee.divisionCode,
        workPlaceDivisionName: context.store.divisions.get(employee.divisionCode)?.name,
        clockInSchedule: plan ? formatJstMinute(plan.start) : undefined,
        clockOutSchedule: plan ? formatJstMinute(plan.end) : undefined,
        breakSchedule: plan?.breakMinutes,
      };
    }),
  };
}

/** `GET /daily-schedules` and `GET /daily-schedules/{date}` (planned hours per employee and day). */
export const dailyScheduleRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/daily-schedules$/,
    handle: (context) => {
      const filter = dayFilter(context);
      const withEmployee = additionalFields(context, ['currentDateEmployee']).has('currentDateEmployee');
      const { start, end } = dateRange(context);
      return {
        status: 200,
        body: eachDate(start, end).map((date) => day(context, date, filter, withEmployee)),
      };
    },
  },
  {
    method: 'GET',
    pattern: /^\/daily-schedules\/([^/]+)$/,
    handle: (context) => {
      const date = dateValue(context, 'date', context.params[0]!);
      const filter = dayFilter(context);
      const withEmployee = additionalFields(context, ['currentDateEmployee']).has('currentDateEmployee');
      return { status: 200, body: day(context, date, filter, withEmployee) };
    },
  },
];
