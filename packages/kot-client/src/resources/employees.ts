import { z } from 'zod';
import type { Requester } from '../internal/http/requester.js';
import { parseInput } from '../internal/validation/parse-input.js';
import { employeeCreateInput, employeeUpdateInput } from '../schemas/inputs/employee-input.js';
import {
  additionalFieldsInput,
  booleanInput,
  dateInput,
  divisionCodeInput,
  employeeCodeInput,
  employeeKeyInput,
} from '../schemas/inputs/primitives.js';
import { employeeSchema, employeesSchema, type KotEmployee } from '../schemas/responses/employee.js';

const ADDITIONAL_FIELDS = [
  'lastNamePhonetics',
  'firstNamePhonetics',
  'hiredDate',
  'birthDate',
  'resignationDate',
  'emailAddresses',
  'allDayRegardingWorkInMinute',
] as const satisfies readonly KotEmployeeAdditionalField[];

/** Extra employee fields KING OF TIME includes on request. */
export type KotEmployeeAdditionalField =
  | 'lastNamePhonetics'
  | 'firstNamePhonetics'
  | 'hiredDate'
  | 'birthDate'
  | 'resignationDate'
  | 'emailAddresses'
  | 'allDayRegardingWorkInMinute';

/** Parameters of {@link EmployeesResource.get}. */
export interface GetEmployeeParams {
  /** The employee as of this date, `YYYY-MM-DD` (up to 3 years back, 1 year ahead); default today. */
  date?: string;
  /** Include employees who have resigned by `date`. */
  includeResigner?: boolean;
  /** Extra fields to include. */
  additionalFields?: readonly KotEmployeeAdditionalField[];
}

/** Parameters of {@link EmployeesResource.list}. */
export interface ListEmployeesParams extends GetEmployeeParams {
  /** Only employees of this division (所属コード). */
  division?: string;
}

/** A new employee (`POST /employees`). */
export interface KotEmployeeCreateInput {
  /** 所属コード. */
  divisionCode: string;
  /** 性別. */
  gender: 'male' | 'female';
  /** 雇用区分コード. */
  typeCode: string;
  /** 従業員コード: a string, e.g. `"0001"`. */
  code: string;
  /** 姓. */
  lastName: string;
  /** 名. */
  firstName: string;
  /** 姓（カナ）. */
  lastNamePhonetics?: string;
  /** 名（カナ）. */
  firstNamePhonetics?: string;
  /** 入社年月日, `YYYY-MM-DD`. */
  hiredDate?: string;
  /** 生年月日, `YYYY-MM-DD`. */
  birthDate?: string;
  /** 退職年月日, `YYYY-MM-DD`. */
  resignationDate?: string;
  /** メールアドレス. */
  emailAddresses?: readonly string[];
  /** 日の契約労働時間, minutes. */
  allDayRegardingWorkInMinute?: number;
}

/**
 * Changes to an employee (`PUT /employees/{key}`): only given fields change. `null` (or `""`)
 * clears an optional field: sent as `""` (`[]` for `emailAddresses`), as KING OF TIME documents;
 * JSON `null` is never sent. `allDayRegardingWorkInMinute` cannot be cleared.
 */
export interface KotEmployeeUpdateInput {
  /** 所属コード. */
  divisionCode?: string;
  /** 性別. */
  gender?: 'male' | 'female';
  /** 雇用区分コード. */
  typeCode?: string;
  /** 従業員コード. */
  code?: string;
  /** 姓. */
  lastName?: string;
  /** 名. */
  firstName?: string;
  /** 姓（カナ）; `null` or `""` clears it. */
  lastNamePhonetics?: string | null;
  /** 名（カナ）; `null` or `""` clears it. */
  firstNamePhonetics?: string | null;
  /** 入社年月日, `YYYY-MM-DD`; `null` or `""` clears it. */
  hiredDate?: string | null;
  /** 生年月日, `YYYY-MM-DD`; `null` or `""` clears it. */
  birthDate?: string | null;
  /** 退職年月日, `YYYY-MM-DD`; `null` or `""` clears it. */
  resignationDate?: string | null;
  /** メールアドレス; `null` or `[]` clears them. */
  emailAddresses?: readonly string[] | null;
  /** 日の契約労働時間, minutes (cannot be cleared). */
  allDayRegardingWorkInMinute?: number;
}

/** Options of {@link EmployeesResource.update}. */
export interface UpdateEmployeeParams {
  /** The date from which a division or employment type change applies, `YYYY-MM-DD`; default today. */
  updateDate?: string;
}

const getShape = {
  date: dateInput.optional(),
  includeResigner: booleanInput.optional(),
  additionalFields: additionalFieldsInput(ADDITIONAL_FIELDS),
};
const getInput = z.object({ code: employeeCodeInput, params: z.strictObject(getShape).optional() });
const listInput = z.strictObject({ ...getShape, division: divisionCodeInput.optional() }).optional();
const updateInput = z.object({
  key: employeeKeyInput,
  changes: employeeUpdateInput,
  params: z.strictObject({ updateDate: dateInput.optional() }).optional(),
});

const query = (
  p: { date?: string; includeResigner?: boolean; additionalFields?: readonly string[] } | undefined,
) => ({
  date: p?.date,
  includeResigner: p?.includeResigner === undefined ? undefined : String(p.includeResigner),
  additionalFields: p?.additionalFields?.join(','),
});

/** Employees (従業員). Look-ups take the employee **code**; writes take the employee **key**. */
export class EmployeesResource {
  readonly #requester: Requester;

  /** @internal */
  constructor(requester: Requester) {
    this.#requester = requester;
  }

  /**
   * Every employee matching the filters (`GET /employees`); KING OF TIME returns them all at
   * once, without pages.
   *
   * @example
   * ```ts
   * const staff = await kot.employees.list({ division: '1000', additionalFields: ['emailAddresses'] });
   * ```
   */
  async list(params?: ListEmployeesParams): Promise<KotEmployee[]> {
    const input = parseInput('employees.list', listInput, params);
    return this.#requester.request({
      operation: 'employees.list',
      method: 'GET',
      path: ['employees'],
      query: { ...query(input), division: input?.division },
      schema: employeesSchema,
    });
  }

  /**
   * One employee by employee code (`GET /employees/{code}`). Codes are strings: `"0001"`, not `1`.
   *
   * @example
   * ```ts
   * const { key, lastName } = await kot.employees.get('0001');
   * ```
   */
  async get(code: string, params?: GetEmployeeParams): Promise<KotEmployee> {
    const input = parseInput('employees.get', getInput, { code, params });
    return this.#requester.request({
      operation: 'employees.get',
      method: 'GET',
      path: ['employees', input.code],
      query: query(input.params),
      schema: employeeSchema,
    });
  }

  /**
   * Registers an employee (`POST /employees`) and returns it with its new key. Not idempotent:
   * it is not retried when the outcome is unknown (`maybeApplied: true` on the error).
   *
   * @example
   * ```ts
   * const created = await kot.employees.create({
   *   code: '1000', divisionCode: '1000', typeCode: '1', gender: 'male', lastName: '勤怠', firstName: '太郎',
   * });
   * ```
   */
  async create(employee: KotEmployeeCreateInput): Promise<KotEmployee> {
    const body = parseInput('employees.create', employeeCreateInput, employee);
    return this.#requester.request({
      operation: 'employees.create',
      method: 'POST',
      path: ['employees'],
      body,
      schema: employeeSchema,
    });
  }

  /**
   * Changes the given fields of an employee, by key (`PUT /employees/{key}`).
   *
   * @example
   * ```ts
   * await kot.employees.update(employee.key, { divisionCode: '2000' }, { updateDate: '2024-04-01' });
   * ```
   */
  async update(
    key: string,
    changes: KotEmployeeUpdateInput,
    params?: UpdateEmployeeParams,
  ): Promise<KotEmployee> {
    const input = parseInput('employees.update', updateInput, { key, changes, params });
    return this.#requester.request({
      operation: 'employees.update',
      method: 'PUT',
      path: ['employees', input.key],
      query: { updateDate: input.params?.updateDate },
      body: input.changes,
      schema: employeeSchema,
    });
  }

  /**
   * Deletes an employee, by key (`DELETE /employees/{key}`).
   *
   * @example
   * ```ts
   * await kot.employees.delete(employee.key);
   * ```
   */
  async delete(key: string): Promise<void> {
    const input = parseInput('employees.delete', z.object({ key: employeeKeyInput }), { key });
    await this.#requester.request({
      operation: 'employees.delete',
      method: 'DELETE',
      path: ['employees', input.key],
    });
  }
}
