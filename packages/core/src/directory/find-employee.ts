import type { DirectoryEmployee, EmployeeDirectory } from './employee-directory.js';
import { indexDirectory } from './internal/directory-index.js';

/**
 * The employee with this code, or `undefined`. Codes compare exactly: `1` is not `0001`.
 *
 * @example
 * findEmployee(directory, '0001')?.key
 */
export function findEmployee(directory: EmployeeDirectory, code: string): DirectoryEmployee | undefined {
  return indexDirectory(directory).employees.get(code);
}
