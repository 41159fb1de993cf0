import type { DirectoryEmployee } from './employee-directory.js';

/** `姓 名` as PC Login shows it (`山田 太郎`); one part alone when the other is missing; `''` when both are. */
export function employeeDisplayName(employee: Pick<DirectoryEmployee, 'lastName' | 'firstName'>): string {
  return [employee.lastName, employee.firstName]
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '')
    .join(' ');
}
