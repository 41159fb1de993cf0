import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { KotSimulatorEmployee, KotSimulatorEmployeeInput } from '../kot-simulator-employee.js';
import { KotSimulatorOptionsError } from '../kot-simulator-options-error.js';
import type {
  KotSimulatorAdministrator,
  KotSimulatorDivision,
  KotSimulatorEmployeeGroup,
  KotSimulatorWorkingType,
} from '../kot-simulator-organisation.js';
import type { KotSimulatorWorkflowRequest } from '../kot-simulator-seed.js';
import type {
  KotSimulatorErrorDay,
  KotSimulatorPunchCode,
  KotSimulatorTimerecord,
  KotSimulatorTimerecordInput,
} from '../kot-simulator-timerecord.js';
import { formatJstDateTime } from './calendar.js';
import { errorReasons } from './error-reasons.js';
import { employeeInputSchema, parseInput, type seedSchema, timerecordInputSchema } from './input-schemas.js';
import { parseIsoTime } from './iso-time.js';
import { PUNCH_NAMES } from './punch-names.js';
import { workingDayOf } from './working-day.js';

/** The company with every default filled in. */
export interface StoredCompany {
  key: string;
  code: string;
  name: string;
  host: string;
  businessYearStartDate: string;
  timeDisplayFormat: 'decimal' | 'sexagesimal';
  decimalTreatType: 'roundDown' | 'roundUp' | 'round';
  features: { employeeGroups: boolean; scheduleRequests: boolean; overtimeRequests: boolean };
}

/** A punch about to be stored. */
export interface NewPunch {
  employee: KotSimulatorEmployee;
  date: string;
  at: Date;
  code: KotSimulatorPunchCode;
  divisionCode: string;
  latitude?: number | undefined;
  longitude?: number | undefined;
  credentialCode?: number | undefined;
  credentialName?: string | undefined;
  receivedAt: Date;
  source: KotSimulatorTimerecord['source'];
}

type ParsedSeed = z.output<typeof seedSchema>;

/** The simulated company's data: organisation, employees, punches, token. */
export class SimulatorStore {
  readonly company: StoredCompany;
  readonly divisions = new Map<string, KotSimulatorDivision>();
  readonly workingTypes = new Map<string, KotSimulatorWorkingType>();
  readonly employeeGroups = new Map<string, KotSimulatorEmployeeGroup>();
  readonly administrators: KotSimulatorAdministrator[];
  readonly scheduleRequests: KotSimulatorWorkflowRequest[];
  readonly overtimeRequests: KotSimulatorWorkflowRequest[];
  /** Employees by key, in insertion order. */
  readonly employees = new Map<string, KotSimulatorEmployee>();
  readonly punches: KotSimulatorTimerecord[] = [];
  /** The valid token, or null once it was revoked. */
  token: string | null;
  private nextPunchId = 1;

  constructor(
    seed: ParsedSeed,
    token: string,
    now: Date,
    private readonly clockOutOverwrite: () => boolean,
  ) {
    const { company } = seed;
    this.company = {
      key: company.key,
      code: company.code,
      name: company.name,
      host: company.host ?? 's2.kingtime.jp',
      businessYearStartDate: company.businessYearStartDate ?? '04/01',
      timeDisplayFormat: company.timeDisplayFormat ?? 'sexagesimal',
      decimalTreatType: company.decimalTreatType ?? 'round',
      features: {
        employeeGroups: company.features?.employeeGroups ?? true,
        scheduleRequests: company.features?.scheduleRequests ?? true,
        overtimeRequests: company.features?.overtimeRequests ?? true,
      },
    };
    this.token = token;
    const issues: string[] = [];
    addUnique(this.divisions, seed.divisions, 'seed.divisions', issues);
    addUnique(this.workingTypes, seed.workingTypes, 'seed.workingTypes', issues);
    addUnique(this.employeeGroups, seed.employeeGroups ?? [], 'seed.employeeGroups', issues);
    if (issues.length > 0) throw new KotSimulatorOptionsError(issues);
    seed.employees.forEach((employee, index) => {
      this.addEmployee(employee, `seed.employees[${index}]`);
    });
    this.administrators = (seed.administrators ?? []).map((administrator, index) => {
      for (const code of administrator.associatedEmployeeCodes ?? []) {
        if (!this.employeeByCode(code)) {
          issues.push(
            `seed.administrators[${index}].associatedEmployeeCodes: no employee with code '${code}'`,
          );
        }
      }
      return { ...administrator };
    });
    const requests = (list: ParsedSeed['scheduleRequests'], name: string) =>
      (list ?? []).map((request, index) => {
        if (!this.employees.has(request.employeeKey)) {
          issues.push(`seed.${name}[${index}].employeeKey: no employee with this key`);
        }
        return structuredClone(request) as KotSimulatorWorkflowRequest;
      });
    this.scheduleRequests = requests(seed.scheduleRequests, 'scheduleRequests');
    this.overtimeRequests = requests(seed.overtimeRequests, 'overtimeRequests');
    if (issues.length > 0) throw new KotSimulatorOptionsError(issues);
    (seed.timerecords ?? []).forEach((record, index) => {
      this.addTimerecord(record, `seed.timerecords[${index}]`, now, 'seed');
    });
  }

  employeeByCode(code: string): KotSimulatorEmployee | undefined {
    for (const employee of this.employees.values()) if (employee.code === code) return employee;
    return undefined;
  }

  /** An employee by key, or else by code. */
  resolveEmployee(keyOrCode: string): KotSimulatorEmployee | undefined {
    return this.employees.get(keyOrCode) ?? this.employeeByCode(keyOrCode);
  }

  /** Validate and add an employee; `prefix` names it in errors. */
  addEmployee(input: KotSimulatorEmployeeInput, prefix: string): KotSimulatorEmployee {
    const parsed = parseInput(employeeInputSchema, input, prefix);
    const key = parsed.key ?? this.deriveKey(parsed.code);
    const { key: _key, gender, ...rest } = parsed;
    const employee: KotSimulatorEmployee = { key, gender: gender ?? 'no_selected', ...rest };
    const issues = this.referenceIssues(employee, prefix);
    if (this.employees.has(key)) issues.push(`${prefix}.key: another employee has the key '${key}'`);
    if (this.employeeByCode(employee.code)) {
      issues.push(`${prefix}.code: another employee has the code '${employee.code}'`);
    }
    if (issues.length > 0) throw new KotSimulatorOptionsError(issues);
    this.employees.set(key, employee);
    return employee;
  }

  /** Replace an employee's data (same key); `prefix` names it in errors. */
  replaceEmployee(employee: KotSimulatorEmployee, prefix: string): KotSimulatorEmployee {
    const parsed = parseInput(employeeInputSchema, employee, prefix);
    const replaced: KotSimulatorEmployee = {
      ...parsed,
      key: employee.key,
      gender: parsed.gender ?? 'no_selected',
    };
    const issues = this.referenceIssues(replaced, prefix);
    const sameCode = this.employeeByCode(replaced.code);
    if (sameCode && sameCode.key !== replaced.key) {
      issues.push(`${prefix}.code: another employee has the code '${replaced.code}'`);
    }
    if (issues.length > 0) throw new KotSimulatorOptionsError(issues);
    this.employees.set(replaced.key, replaced);
    return replaced;
  }

  /** Resolve, validate and store a punch given from code or the seed. */
  addTimerecord(
    input: KotSimulatorTimerecordInput,
    prefix: string,
    receivedAt: Date,
    source: 'seed' | 'code',
  ): KotSimulatorTimerecord {
    const parsed = parseInput(timerecordInputSchema, input, prefix);
    const employee = this.resolveEmployee(parsed.employee);
    if (!employee) {
      throw new KotSimulatorOptionsError([
        `${prefix}.employee: no employee with key or code '${parsed.employee}'`,
      ]);
    }
    const at = parsed.time instanceof Date ? parsed.time : parseIsoTime(parsed.time)?.instant;
    if (!at || Number.isNaN(at.getTime())) {
      throw new KotSimulatorOptionsError([
        `${prefix}.time: expected a valid Date or an ISO 8601 time with seconds and offset`,
      ]);
    }
    const divisionCode = parsed.divisionCode ?? employee.divisionCode;
    const division = this.divisions.get(divisionCode);
    if (!division)
      throw new KotSimulatorOptionsError([`${prefix}.divisionCode: no division '${divisionCode}'`]);
    const homeDivision = this.divisions.get(employee.divisionCode) ?? division;
    return this.addPunch({
      employee,
      date: parsed.date ?? workingDayOf(at, homeDivision.dayBorderTime),
      at: new Date(Math.floor(at.getTime() / 1000) * 1000),
      code: parsed.code,
      divisionCode,
      latitude: parsed.latitude,
      longitude: parsed.longitude,
      credentialCode: parsed.credentialCode,
      credentialName: parsed.credentialName,
      receivedAt,
      source,
    });
  }

  /**
   * Store a punch. Punches are not idempotent: a duplicate is stored again. Only with the
   * clock-out overwrite setting does a clock-out replace the working day's earlier ones.
   */
  addPunch(punch: NewPunch): KotSimulatorTimerecord {
    const division = this.divisions.get(punch.divisionCode)!;
    const record: KotSimulatorTimerecord = omitUndefined({
      id: this.nextPunchId++,
      employeeKey: punch.employee.key,
      employeeCode: punch.employee.code,
      date: punch.date,
      time: formatJstDateTime(punch.at),
      at: punch.at,
      code: punch.code,
      name: PUNCH_NAMES[punch.code],
      divisionCode: division.code,
      divisionName: division.name,
      latitude: punch.latitude,
      longitude: punch.longitude,
      credentialCode: punch.credentialCode,
      credentialName: punch.credentialName,
      receivedAt: punch.receivedAt,
      source: punch.source,
    });
    if (punch.code === '2' && this.clockOutOverwrite()) {
      for (let index = this.punches.length - 1; index >= 0; index--) {
        const existing = this.punches[index]!;
        if (
          existing.employeeKey === record.employeeKey &&
          existing.date === record.date &&
          existing.code === '2'
        ) {
          this.punches.splice(index, 1);
        }
      }
    }
    this.punches.push(record);
    return record;
  }

  /** One employee's punches of one working day, in time order. */
  punchesOf(employeeKey: string, date: string): KotSimulatorTimerecord[] {
    return this.punches
      .filter((punch) => punch.employeeKey === employeeKey && punch.date === date)
      .sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id);
  }

  /** Every (employee, working day) KOT would flag as an error day. */
  errorDays(): KotSimulatorErrorDay[] {
    const days = new Map<string, { employeeKey: string; date: string }>();
    for (const punch of this.punches) {
      days.set(`${punch.date}\u0000${punch.employeeKey}`, {
        employeeKey: punch.employeeKey,
        date: punch.date,
      });
    }
    const result: KotSimulatorErrorDay[] = [];
    for (const { employeeKey, date } of days.values()) {
      const punches = this.punchesOf(employeeKey, date);
      const reasons = errorReasons(punches);
      if (reasons.length > 0) {
        const employeeCode = this.employees.get(employeeKey)?.code ?? punches[0]!.employeeCode;
        result.push({ employeeKey, employeeCode, date, reasons });
      }
    }
    return result.sort(
      (a, b) => a.date.localeCompare(b.date) || a.employeeCode.localeCompare(b.employeeCode),
    );
  }

  private referenceIssues(employee: KotSimulatorEmployee, prefix: string): string[] {
    const issues: string[] = [];
    if (!this.divisions.has(employee.divisionCode)) {
      issues.push(`${prefix}.divisionCode: no division '${employee.divisionCode}'`);
    }
    if (!this.workingTypes.has(employee.typeCode)) {
      issues.push(`${prefix}.typeCode: no working type '${employee.typeCode}'`);
    }
    (employee.employeeGroupCodes ?? []).forEach((code, index) => {
      if (!this.employeeGroups.has(code)) {
        issues.push(`${prefix}.employeeGroupCodes[${index}]: no employee group '${code}'`);
      }
    });
    return issues;
  }

  /** A stable 64-hex key from the company key and the code, as KOT's keys look. */
  private deriveKey(code: string): string {
    for (let attempt = 0; ; attempt++) {
      const key = createHash('sha256')
        .update(`${this.company.key}\u0000${code}\u0000${attempt}`)
        .digest('hex');
      if (!this.employees.has(key)) return key;
    }
  }
}

function addUnique<T extends { code: string }>(
  target: Map<string, T>,
  items: readonly T[],
  prefix: string,
  issues: string[],
): void {
  items.forEach((item, index) => {
    if (target.has(item.code)) issues.push(`${prefix}[${index}].code: duplicate code '${item.code}'`);
    target.set(item.code, { ...item });
  });
}

function omitUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
