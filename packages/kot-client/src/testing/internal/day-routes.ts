import { eachDate } from './calendar.js';
import { type DayFilter, dayFilter } from './day-scope.js';
import { additionalFields, dateRange, dateValue } from './params.js';
import type { Route, RouteContext } from './route.js';

/**
 * One date's answer of a per-day read; `withEmployee` is set by
 * `additionalFields=currentDateEmployee`.
 */
export type DayAnswer = (
  context: RouteContext,
  date: string,
  filter: DayFilter,
  withEmployee: boolean,
) => unknown;

/**
 * The two routes every per-day read has: `range` answers one entry per date of `start`..`end`
 * (the 62-day and date-window rules of `dateRange`), `single` (capturing the date) answers one.
 * Both take the division/employee filter and `additionalFields=currentDateEmployee`.
 */
export function dayRoutes(patterns: { range: RegExp; single: RegExp }, day: DayAnswer): Route[] {
  const withEmployee = (context: RouteContext) =>
    additionalFields(context, ['currentDateEmployee']).has('currentDateEmployee');
  return [
    {
      method: 'GET',
      pattern: patterns.range,
      handle: (context) => {
        const filter = dayFilter(context);
        const employee = withEmployee(context);
        const { start, end } = dateRange(context);
        return {
          status: 200,
          body: eachDate(start, end).map((date) => day(context, date, filter, employee)),
        };
      },
    },
    {
      method: 'GET',
      pattern: patterns.single,
      handle: (context) => {
        const date = dateValue(context, 'date', context.params[0]!);
        const filter = dayFilter(context);
        return { status: 200, body: day(context, date, filter, withEmployee(context)) };
      },
    },
  ];
}
