import { dayRoutes } from '../day-routes.js';
import { type DayFilter, type EmployeeDay, employeeDays } from '../day-scope.js';
import type { Route, RouteContext } from '../route.js';
import { currentDateEmployeeView } from '../views.js';
import { workdayTypeName } from '../work-schedule.js';
import { summariseWorkday } from '../workday-summary.js';

function dailyWorking(context: RouteContext, day: EmployeeDay, withEmployee: boolean) {
  const summary = summariseWorkday(day.employee, day.date, day.punches);
  return {
    date: day.date,
    employeeKey: day.employee.key,
    currentDateEmployee: withEmployee ? currentDateEmployeeView(context.store, day.employee) : undefined,
    workPlaceDivisionCode: day.workPlaceDivisionCode,
    workPlaceDivisionName: context.store.divisions.get(day.workPlaceDivisionCode)?.name,
    isClosing: false,
    isHelp: day.workPlaceDivisionCode !== day.employee.divisionCode,
    isError: summary.reasons.length > 0,
    workdayTypeName: workdayTypeName(day.date),
    assigned: summary.assigned,
    unassigned: summary.unassigned,
    overtime: summary.overtime,
    lateNight: summary.lateNight,
    lateNightUnassigned: 0,
    lateNightOvertime: 0,
    breakTime: summary.breakTime,
    late: summary.late,
    earlyLeave: summary.earlyLeave,
    totalWork: summary.totalWork,
    // No leave is simulated: fulltimeHoliday is null, hence omitted.
    holidaysObtained: { halfdayHolidays: [], hourHolidays: [] },
    discretionaryVacation: 0,
    customDailyWorkings: [],
  };
}

function day(context: RouteContext, date: string, filter: DayFilter, withEmployee: boolean) {
  return {
    date,
    dailyWorkings: employeeDays(context, date, filter).map((entry) =>
      dailyWorking(context, entry, withEmployee),
    ),
  };
}

/** `GET /daily-workings` and `GET /daily-workings/{date}` (日別勤怠). */
export const dailyWorkingRoutes: readonly Route[] = dayRoutes(
  { range: /^\/daily-workings$/, single: /^\/daily-workings\/([^/]+)$/ },
  day,
);
