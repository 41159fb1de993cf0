import type { KotSimulatorEmployee } from '../kot-simulator-employee.js';
import type { SimulatorStore } from './store.js';

/** Employees employed on at least one day of [start, end], optionally in one division or working type. */
export function employeesDuring(
  store: SimulatorStore,
  start: string,
  end: string,
  filter: { division?: string | undefined; typeCode?: string | undefined } = {},
): KotSimulatorEmployee[] {
  return [...store.employees.values()].filter(
    (employee) =>
      (employee.hiredDate === undefined || employee.hiredDate <= end) &&
      (employee.resignationDate === undefined || employee.resignationDate >= start) &&
      (filter.division === undefined || employee.divisionCode === filter.division) &&
      (filter.typeCode === undefined || employee.typeCode === filter.typeCode),
  );
}
