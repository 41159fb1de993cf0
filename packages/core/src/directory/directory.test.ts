import { describe, expect, test } from 'vitest';
import { workdayOf } from '../workdays/workday-of.js';
import { directoryWorkdayOptions } from './directory-workday-options.js';
import { employeeDayBorder } from './employee-day-border.js';
import { employeeDirectorySchema } from './employee-directory.js';
import { employeeDisplayName } from './employee-display-name.js';
import { findEmployee } from './find-employee.js';

const directory = employeeDirectorySchema.parse({
  employees: [
    { code: '0001', key: 'k1', lastName: '山田', firstName: '太郎', divisionCode: '100' },
    { code: '0002', key: 'k2', lastName: '山田', divisionCode: '200' },
    { code: '0003', key: 'k3', divisionCode: '999' },
    { code: 'A-7', key: 'k4' },
  ],
  divisions: [
    { code: '100', name: '本社', dayBorderTime: '05:00' },
    { code: '200', name: '工場', dayBorderTime: '00:00' },
  ],
});

describe('employee directory', () => {
  test('finds employees by exact code only', () => {
    expect(findEmployee(directory, '0001')?.key).toBe('k1');
    expect(findEmployee(directory, 'A-7')?.key).toBe('k4');
    expect(findEmployee(directory, '1')).toBeUndefined();
  });

  test("an employee's day border is their division's, else the fallback", () => {
    expect(employeeDayBorder(directory, '0001')).toBe('05:00');
    expect(employeeDayBorder(directory, '0002')).toBe('00:00');
    expect(employeeDayBorder(directory, '0003', '04:00')).toBe('04:00');
    expect(employeeDayBorder(directory, 'A-7', '03:00')).toBe('03:00');
    expect(employeeDayBorder(directory, 'nobody')).toBe('00:00');
  });

  test('workday options per employee put a 02:00 log on the right working day', () => {
    const options = directoryWorkdayOptions(directory);
    const at = new Date('2024-02-08T02:00:00+09:00');
    expect(workdayOf(at, options('0001'))).toBe('2024-02-07');
    expect(workdayOf(at, options('0002'))).toBe('2024-02-08');
    expect(workdayOf(at, options(undefined))).toBe('2024-02-08');
  });

  test('display names join 姓 and 名 with a space', () => {
    expect(employeeDisplayName({ lastName: '山田', firstName: '太郎' })).toBe('山田 太郎');
    expect(employeeDisplayName({ lastName: '山田' })).toBe('山田');
    expect(employeeDisplayName({})).toBe('');
  });

  test('the schema refuses a division without a valid day-change time', () => {
    const bad = { employees: [], divisions: [{ code: '1', dayBorderTime: '5' }] };
    expect(employeeDirectorySchema.safeParse(bad).success).toBe(false);
  });
});
