import { z } from 'zod';
import { kotNumber, kotString, list, optional, record } from '../../internal/schemas/tolerant.js';
import { employeeGroupRefSchema, type KotEmployeeGroupRef } from './employee-group-ref.js';

/** Gender as KING OF TIME reports it; other values may appear and are kept. */
export type KotGender = 'male' | 'female' | 'no_selected' | (string & {});

/**
 * The employee fields KING OF TIME reports, on their own (`currentDateEmployee` in attendance
 * data) or with the employee's key ({@link KotEmployee}).
 */
export interface KotEmployeeProfile {
  /** Employee code (従業員コード): a string, possibly with leading zeros or letters. */
  code: string;
  /** Division code (所属コード). */
  divisionCode?: string;
  /** Division name (所属名). */
  divisionName?: string;
  /** Gender (性別). */
  gender?: KotGender;
  /** Employment type code (雇用区分コード). */
  typeCode?: string;
  /** Employment type name (雇用区分名). */
  typeName?: string;
  /** Family name (姓). */
  lastName?: string;
  /** Given name (名). */
  firstName?: string;
  /** Family name in katakana (姓（カナ）). */
  lastNamePhonetics?: string;
  /** Given name in katakana (名（カナ）). */
  firstNamePhonetics?: string;
  /** Employee groups (従業員グループ). */
  employeeGroups: KotEmployeeGroupRef[];
  /** Hire date (入社年月日), `YYYY-MM-DD`. */
  hiredDate?: string;
  /** Birth date (生年月日), `YYYY-MM-DD`. */
  birthDate?: string;
  /** Resignation date (退職年月日), `YYYY-MM-DD`. */
  resignationDate?: string;
  /** E-mail addresses (メールアドレス). */
  emailAddresses?: string[];
  /** Contracted working minutes per day (日の契約労働時間). */
  allDayRegardingWorkInMinute?: number;
}

/** An employee (`GET /employees`, `GET /employees/{code}`, and the answers to create/update). */
export interface KotEmployee extends KotEmployeeProfile {
  /** Employee key (従業員識別キー): stable when the code changes; used by writes. */
  key: string;
}

const profileShape = {
  code: kotString,
  divisionCode: optional(kotString),
  divisionName: optional(z.string()),
  gender: optional(z.string()),
  typeCode: optional(kotString),
  typeName: optional(z.string()),
  lastName: optional(z.string()),
  firstName: optional(z.string()),
  lastNamePhonetics: optional(z.string()),
  firstNamePhonetics: optional(z.string()),
  employeeGroups: list(employeeGroupRefSchema),
  hiredDate: optional(z.string()),
  birthDate: optional(z.string()),
  resignationDate: optional(z.string()),
  emailAddresses: optional(z.union([z.array(z.string()), z.string().transform((s) => [s])])),
  allDayRegardingWorkInMinute: optional(kotNumber),
};

export const employeeProfileSchema: z.ZodType<KotEmployeeProfile> = record(profileShape);

export const employeeSchema: z.ZodType<KotEmployee> = record({ ...profileShape, key: kotString });

export const employeesSchema = list(employeeSchema);
