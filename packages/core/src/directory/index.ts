// Public exports of this area, by name.
export type { DirectoryWorkdayOptionsOptions } from './directory-workday-options.js';
export { directoryWorkdayOptions } from './directory-workday-options.js';
export { employeeDayBorder } from './employee-day-border.js';
export type { DirectoryDivision, DirectoryEmployee, EmployeeDirectory } from './employee-directory.js';
export {
  dayBorderSchema,
  directoryDivisionSchema,
  directoryEmployeeSchema,
  employeeDirectorySchema,
} from './employee-directory.js';
export { employeeDisplayName } from './employee-display-name.js';
export { findEmployee } from './find-employee.js';
