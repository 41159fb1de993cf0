import type { KotSimulatorEmployee } from '../kot-simulator-employee.js';
import type { KotSimulatorTimerecord } from '../kot-simulator-timerecord.js';
import type { SimulatorStore } from './store.js';

/** The employee fields `additionalFields` may add. */
export const EMPLOYEE_ADDITIONAL_FIELDS = [
  'lastNamePhonetics',
  'firstNamePhonetics',
  'hiredDate',
  'birthDate',
  'resignationDate',
  'emailAddresses',
  'allDayRegardingWorkInMinute',
] as const;

function groupsOf(store: SimulatorStore, employee: KotSimulatorEmployee) {
  return (employee.employeeGroupCodes ?? []).map((code) => ({
    code,
    name: store.employeeGroups.get(code)?.name ?? code,
  }));
}

/** The fields both employee views begin with, in KOT's order. */
function employeeBasics(store: SimulatorStore, employee: KotSimulatorEmployee) {
  return {
    divisionCode: employee.divisionCode,
    divisionName: store.divisions.get(employee.divisionCode)?.name,
    gender: employee.gender,
    typeCode: employee.typeCode,
    typeName: store.workingTypes.get(employee.typeCode)?.name,
    code: employee.code,
  };
}

/** An employee as `GET /employees` answers it, with the requested additional fields. */
export function employeeView(
  store: SimulatorStore,
  employee: KotSimulatorEmployee,
  fields: ReadonlySet<string> = new Set(EMPLOYEE_ADDITIONAL_FIELDS),
): Record<string, unknown> {
  const view: Record<string, unknown> = {
    ...employeeBasics(store, employee),
    key: employee.key,
    lastName: employee.lastName,
    firstName: employee.firstName,
    employeeGroups: groupsOf(store, employee),
  };
  for (const field of EMPLOYEE_ADDITIONAL_FIELDS) if (fields.has(field)) view[field] = employee[field];
  return view;
}

/** `currentDateEmployee`: the employee as of today, attached with `additionalFields=currentDateEmployee`. */
export function currentDateEmployeeView(store: SimulatorStore, employee: KotSimulatorEmployee) {
  return {
    ...employeeBasics(store, employee),
    lastName: employee.lastName,
    firstName: employee.firstName,
    lastNamePhonetics: employee.lastNamePhonetics,
    firstNamePhonetics: employee.firstNamePhonetics,
    employeeGroups: groupsOf(store, employee),
  };
}

/** A punch as the timerecord endpoints answer it. */
export function timeRecordView(punch: KotSimulatorTimerecord) {
  return {
    time: punch.time,
    code: punch.code,
    name: punch.name,
    divisionCode: punch.divisionCode,
    divisionName: punch.divisionName,
    latitude: punch.latitude,
    longitude: punch.longitude,
    credentialCode: punch.credentialCode,
    credentialName: punch.credentialName,
  };
}

/** True when the employee is employed on `date` (hired, and not yet resigned unless resigners count). */
export function isEmployedOn(employee: KotSimulatorEmployee, date: string, includeResigner = false): boolean {
  if (employee.hiredDate !== undefined && employee.hiredDate > date) return false;
  if (!includeResigner && employee.resignationDate !== undefined && employee.resignationDate < date)
    return false;
  return true;
}

/** Employees employed on `date`, optionally in one division, in insertion order. */
export function employeesOn(
  store: SimulatorStore,
  date: string,
  division?: string,
  includeResigner = false,
): KotSimulatorEmployee[] {
  return [...store.employees.values()].filter(
    (employee) =>
      isEmployedOn(employee, date, includeResigner) &&
      (division === undefined || employee.divisionCode === division),
  );
}
