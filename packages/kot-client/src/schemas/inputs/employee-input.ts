import { z } from 'zod';
import { codeInput, dateInput, divisionCodeInput, employeeCodeInput } from './primitives.js';

const name = (what: string) =>
  z.string({ error: `expected the ${what} as a string` }).min(1, `the ${what} must not be empty`);
const email = z.email({ error: (issue) => `not an e-mail address: ${JSON.stringify(issue.input)}` });
const minutes = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);
const gender = z.enum(['male', 'female'], { error: 'expected "male" or "female"' });
const typeCode = codeInput('employment type code', '1');

/** The body of `POST /employees`. */
export const employeeCreateInput = z.strictObject({
  divisionCode: divisionCodeInput,
  gender,
  typeCode,
  code: employeeCodeInput,
  lastName: name('family name (姓)'),
  firstName: name('given name (名)'),
  lastNamePhonetics: z.string().optional(),
  firstNamePhonetics: z.string().optional(),
  hiredDate: dateInput.optional(),
  birthDate: dateInput.optional(),
  resignationDate: dateInput.optional(),
  emailAddresses: z.array(email).optional(),
  allDayRegardingWorkInMinute: minutes.optional(),
});

/**
 * The body of `PUT /employees/{key}`: only the given fields change; `null` clears an optional
 * field, as KING OF TIME documents (値が無い場合はNULLで更新).
 */
export const employeeUpdateInput = z
  .strictObject({
    divisionCode: divisionCodeInput.optional(),
    gender: gender.optional(),
    typeCode: typeCode.optional(),
    code: employeeCodeInput.optional(),
    lastName: name('family name (姓)').optional(),
    firstName: name('given name (名)').optional(),
    lastNamePhonetics: z.string().nullable().optional(),
    firstNamePhonetics: z.string().nullable().optional(),
    hiredDate: dateInput.nullable().optional(),
    birthDate: dateInput.nullable().optional(),
    resignationDate: dateInput.nullable().optional(),
    emailAddresses: z.array(email).nullable().optional(),
    allDayRegardingWorkInMinute: minutes.nullable().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, 'give at least one field to change');
