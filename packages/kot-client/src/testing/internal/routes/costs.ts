import type { KotSimulatorEmployee } from '../../kot-simulator-employee.js';
import { eachDate, monthBounds } from '../calendar.js';
import { dayRoutes } from '../day-routes.js';
import { type DayFilter, type EmployeeDay, employeeDays } from '../day-scope.js';
import { employeesDuring } from '../month-employees.js';
import { additionalFields, divisionParam, monthValue } from '../params.js';
import type { Route, RouteContext } from '../route.js';
import { currentDateEmployeeView } from '../views.js';
import { summariseWorkday } from '../workday-summary.js';

const DEFAULT_HOURLY_WAGE = 1500;

/** 人件費概算 and 交通費 of one working day. */
function dayCost(employee: KotSimulatorEmployee, date: string, punches: EmployeeDay['punches']) {
  const summary = summariseWorkday(employee, date, punches);
  return {
    laborCostEstimate: Math.round((summary.totalWork / 60) * (employee.hourlyWage ?? DEFAULT_HOURLY_WAGE)),
    transportationExpense: summary.worked ? (employee.commuteCost ?? 0) : 0,
  };
}

function day(context: RouteContext, date: string, filter: DayFilter, withEmployee: boolean) {
  return {
    date,
    dailyWorkings: employeeDays(context, date, filter).map((entry) => ({
      date,
      employeeKey: entry.employee.key,
      currentDateEmployee: withEmployee ? currentDateEmployeeView(context.store, entry.employee) : undefined,
      ...dayCost(entry.employee, date, entry.punches),
    })),
  };
}

/** `GET /daily-workings/cost[/{date}]` and `GET /monthly-workings/cost/{YYYY-MM}` (費用). */
export const costRoutes: readonly Route[] = [
  ...dayRoutes({ range: /^\/daily-workings\/cost$/, single: /^\/daily-workings\/cost\/([^/]+)$/ }, day),
  {
    method: 'GET',
    pattern: /^\/monthly-workings\/cost\/([^/]+)$/,
    handle: (context) => {
      const month = monthValue(context, context.params[0]!);
      const division = divisionParam(context);
      const withEmployee = additionalFields(context, ['currentDateEmployee']).has('currentDateEmployee');
      const { start, end } = monthBounds(month);
      const [year, monthNumber] = month.split('-').map(Number);
      const body = employeesDuring(context.store, start, end, { division }).map((employee) => {
        let laborCostEstimate = 0;
        let transportationExpense = 0;
        for (const date of eachDate(start, end)) {
          const cost = dayCost(employee, date, context.store.punchesOf(employee.key, date));
          laborCostEstimate += cost.laborCostEstimate;
          transportationExpense += cost.transportationExpense;
        }
        return {
          year,
          month: monthNumber,
          employeeKey: employee.key,
          currentDateEmployee: withEmployee ? currentDateEmployeeView(context.store, employee) : undefined,
          startDate: start,
          endDate: end,
          laborCostEstimate,
          transportationExpense,
        };
      });
      return { status: 200, body };
    },
  },
];
