import type { KotSimulatorEmployeeInput } from './kot-simulator-employee.js';
import type {
  KotSimulatorAdministrator,
  KotSimulatorCompany,
  KotSimulatorDivision,
  KotSimulatorEmployeeGroup,
  KotSimulatorWorkingType,
} from './kot-simulator-organisation.js';
import type { KotSimulatorTimerecordInput } from './kot-simulator-timerecord.js';

/**
 * A workflow request (スケジュール申請 or 時間外勤務申請) in KOT's response shape; served as given
 * by the month of its `date`.
 */
export interface KotSimulatorWorkflowRequest {
  /** 対象日 `YYYY-MM-DD`. */
  date: string;
  /** 従業員識別キー. */
  employeeKey: string;
  /** The other fields of KOT's shape (requestKey, applicant, status, requested, current…). */
  [field: string]: unknown;
}

/** Everything the simulated company starts with. */
export interface KotSimulatorSeed {
  /** The company. */
  company: KotSimulatorCompany;
  /** Divisions (所属) with their 日付変更時刻. */
  divisions: readonly KotSimulatorDivision[];
  /** Working types (雇用区分). */
  workingTypes: readonly KotSimulatorWorkingType[];
  /** Employee groups (従業員グループ). @default [] */
  employeeGroups?: readonly KotSimulatorEmployeeGroup[];
  /** Employees; codes and keys must be unique. */
  employees: readonly KotSimulatorEmployeeInput[];
  /** Administrators. @default [] */
  administrators?: readonly KotSimulatorAdministrator[];
  /** Punches already in KOT. @default [] */
  timerecords?: readonly KotSimulatorTimerecordInput[];
  /** スケジュール申請 data. @default [] */
  scheduleRequests?: readonly KotSimulatorWorkflowRequest[];
  /** 時間外勤務申請 data. @default [] */
  overtimeRequests?: readonly KotSimulatorWorkflowRequest[];
}
