import { type EmployeeDirectory, exportLinksFromDirectory, type LinkRow } from '@pclogin/core';
import type { KotSimulatorSeed } from '@pclogin/kot-client/testing';
import { DEMO_COMPANY, DEMO_DIVISIONS, DEMO_PEOPLE } from './demo-scenario.js';

const employees = DEMO_PEOPLE.filter((p) => p.code !== undefined);

/** The demo company as the KOT simulator holds it. */
export function demoSimulatorSeed(): KotSimulatorSeed {
  return {
    company: { key: 'd'.repeat(32), code: DEMO_COMPANY.code, name: DEMO_COMPANY.name },
    divisions: DEMO_DIVISIONS.map((d) => ({ ...d })),
    workingTypes: [{ code: '1', name: '正社員' }],
    employees: employees.map((p) => ({
      code: p.code!,
      key: p.key!,
      lastName: p.lastName,
      firstName: p.firstName,
      divisionCode: p.divisionCode,
      typeCode: '1',
    })),
  };
}

/**
 * The linking CSV rows an administrator would have made: every employee linked to their
 * SmartOn account. Account 5000 stays unlinked on purpose.
 */
export function demoLinks(): LinkRow[] {
  const directory: EmployeeDirectory = {
    employees: employees.map((p) => ({
      code: p.code!,
      key: p.key!,
      lastName: p.lastName,
      firstName: p.firstName,
      divisionCode: p.divisionCode,
    })),
    divisions: DEMO_DIVISIONS.map((d) => ({ ...d })),
  };
  const accounts = new Map(employees.map((p) => [p.code!, p.account]));
  return exportLinksFromDirectory(directory).map((row) => ({
    ...row,
    serviceAccount: accounts.get(row.employeeCode) ?? '',
  }));
}
