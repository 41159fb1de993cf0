import type { KotSimulatorEmployee } from '../kot-simulator-employee.js';
import type { KotSimulatorTimerecord } from '../kot-simulator-timerecord.js';
import { booleanParam, divisionParam } from './params.js';
import type { RouteContext } from './route.js';
import { employeesOn } from './views.js';

/** One employee's working day with its punches (in time order). */
export interface EmployeeDay {
  employee: KotSimulatorEmployee;
  date: string;
  punches: KotSimulatorTimerecord[];
  /** 出勤先所属コード: where the day was punched, else the employee's division. */
  workPlaceDivisionCode: string;
}

/** The `division` and `ondivision` filters of the per-day endpoints. */
export interface DayFilter {
  division?: string;
  /** true: by the employee's division (所属); false: by where they punched (出勤先). */
  onDivision: boolean;
}

/** Read `division` and `ondivision` from the query. */
export function dayFilter(context: RouteContext): DayFilter {
  const division = divisionParam(context);
  const onDivision = booleanParam(context, 'ondivision', true);
  return division === undefined ? { onDivision } : { division, onDivision };
}

/** The employee days of `date` the filter selects, optionally only for some employee keys. */
export function employeeDays(
  context: RouteContext,
  date: string,
  filter: DayFilter,
  employeeKeys?: ReadonlySet<string>,
): EmployeeDay[] {
  const candidates = employeesOn(context.store, date, filter.onDivision ? filter.division : undefined);
  const days: EmployeeDay[] = [];
  for (const employee of candidates) {
    if (employeeKeys && !employeeKeys.has(employee.key)) continue;
    const punches = context.store.punchesOf(employee.key, date);
    const workPlace =
      punches.find((punch) => punch.code === '1')?.divisionCode ??
      punches[0]?.divisionCode ??
      employee.divisionCode;
    if (!filter.onDivision && filter.division !== undefined && workPlace !== filter.division) continue;
    days.push({ employee, date, punches, workPlaceDivisionCode: workPlace });
  }
  return days;
}
