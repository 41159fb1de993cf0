import { z } from 'zod';
import type { KotSimulatorEmployee } from '../../kot-simulator-employee.js';
import { KotSimulatorOptionsError } from '../../kot-simulator-options-error.js';
import { parseBody } from '../body.js';
import { isCalendarDate } from '../calendar.js';
import { KotHttpError, notFound, SIMULATOR_ERROR_CODES } from '../kot-http-error.js';
import { additionalFields, booleanParam, dateValue, divisionParam, optionalDate } from '../params.js';
import type { Route, RouteContext } from '../route.js';
import { EMPLOYEE_ADDITIONAL_FIELDS, employeeView, isEmployedOn } from '../views.js';

const text = z.string().min(1, 'Expected a non-empty string');
const date = z.string().refine(isCalendarDate, 'Expected a calendar date YYYY-MM-DD');
// KOT: 項目が指定され、値が無いまたは空文字列の場合は、該当項目をNULLで更新する — a field given
// empty ("" or, for the e-mail list, []) is cleared. JSON null is refused: the API description
// types these fields as strings (and the list as an array of strings).
const clearable = <T extends z.ZodType>(schema: T) => z.union([schema, z.literal('')]);

const createSchema = z.object({
  divisionCode: text,
  gender: z.enum(['male', 'female']),
  typeCode: text,
  code: text,
  lastName: text,
  firstName: text,
  lastNamePhonetics: z.string().optional(),
  firstNamePhonetics: z.string().optional(),
  hiredDate: date.optional(),
  birthDate: date.optional(),
  resignationDate: date.optional(),
  emailAddresses: z.array(z.string()).optional(),
  allDayRegardingWorkInMinute: z.number().int().min(0).max(1440).optional(),
});

const updateSchema = z.object({
  divisionCode: text.optional(),
  gender: z.enum(['male', 'female']).optional(),
  typeCode: text.optional(),
  code: text.optional(),
  lastName: text.optional(),
  firstName: text.optional(),
  lastNamePhonetics: clearable(z.string()).optional(),
  firstNamePhonetics: clearable(z.string()).optional(),
  hiredDate: clearable(date).optional(),
  birthDate: clearable(date).optional(),
  resignationDate: clearable(date).optional(),
  emailAddresses: z.array(z.string()).optional(),
  allDayRegardingWorkInMinute: z.number().int().min(0).max(1440).optional(),
});

/** Store-level problems (unknown division, taken code) become 400 answers. */
function asBadRequest<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (!(error instanceof KotSimulatorOptionsError)) throw error;
    throw new KotHttpError(
      400,
      error.issues.map((message) => ({ message, code: SIMULATOR_ERROR_CODES.badParameter })),
    );
  }
}

function byKey(context: RouteContext): KotSimulatorEmployee {
  const employee = context.store.employees.get(context.params[0]!);
  if (!employee) throw notFound(`従業員が存在しません: ${context.params[0]}`);
  return employee;
}

/** `GET /employees`, `GET /employees/{code}`, `POST /employees`, `PUT`/`DELETE /employees/{key}`. */
export const employeeRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/employees$/,
    handle: (context) => {
      const on = optionalDate(context, 'date');
      const division = divisionParam(context);
      const includeResigner = booleanParam(context, 'includeResigner', false);
      const fields = additionalFields(context, EMPLOYEE_ADDITIONAL_FIELDS);
      const employees = [...context.store.employees.values()].filter(
        (employee) =>
          isEmployedOn(employee, on, includeResigner) &&
          (division === undefined || employee.divisionCode === division),
      );
      return {
        status: 200,
        body: employees.map((employee) => employeeView(context.store, employee, fields)),
      };
    },
  },
  {
    method: 'GET',
    pattern: /^\/employees\/([^/]+)$/,
    handle: (context) => {
      const on = optionalDate(context, 'date');
      const includeResigner = booleanParam(context, 'includeResigner', false);
      const fields = additionalFields(context, EMPLOYEE_ADDITIONAL_FIELDS);
      const employee = context.store.employeeByCode(context.params[0]!);
      if (!employee || !isEmployedOn(employee, on, includeResigner)) {
        throw notFound(`従業員が存在しません: ${context.params[0]}`);
      }
      return { status: 200, body: employeeView(context.store, employee, fields) };
    },
  },
  {
    method: 'POST',
    pattern: /^\/employees$/,
    handle: (context) => {
      const input = parseBody(createSchema, context.body);
      const employee = asBadRequest(() => context.store.addEmployee(input, 'body'));
      return { status: 201, body: employeeView(context.store, employee) };
    },
  },
  {
    method: 'PUT',
    pattern: /^\/employees\/([^/]+)$/,
    handle: (context) => {
      const employee = byKey(context);
      const updateDate = context.query.get('updateDate');
      if (updateDate !== null) dateValue(context, 'updateDate', updateDate);
      const patch = parseBody(updateSchema, context.body);
      const updated: Record<string, unknown> = { ...employee };
      for (const [field, value] of Object.entries(patch)) {
        if (value === undefined) continue;
        if (value === '' || (Array.isArray(value) && value.length === 0)) delete updated[field];
        else updated[field] = value;
      }
      const replaced = asBadRequest(() =>
        context.store.replaceEmployee(updated as unknown as KotSimulatorEmployee, 'body'),
      );
      return { status: 200, body: employeeView(context.store, replaced) };
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/employees\/([^/]+)$/,
    handle: (context) => {
      const employee = byKey(context);
      context.store.employees.delete(employee.key);
      return { status: 204 };
    },
  },
];
