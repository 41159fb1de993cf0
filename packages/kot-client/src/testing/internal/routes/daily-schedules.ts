import { formatJstMinute } from '../calendar.js';
import { dayRoutes } from '../day-routes.js';
import { type DayFilter, employeeDays } from '../day-scope.js';
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
export const dailyScheduleRoutes: readonly Route[] = dayRoutes(
  { range: /^\/daily-schedules$/, single: /^\/daily-schedules\/([^/]+)$/ },
  day,
);
