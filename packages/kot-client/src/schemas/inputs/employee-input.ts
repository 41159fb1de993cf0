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

// A field to clear is given as `null` or `""` and sent as what KING OF TIME documents for
// "no value": an empty string (値が無いまたは空文字列の場合は、該当項目をNULLで更新する).
// JSON null is never sent: the API description types these fields as strings.
const clearableText = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v) => (v === null ? '' : v));
const clearableDate = z
  .union([dateInput, z.literal(''), z.null()])
  .optional()
  .transform((v) => (v === null ? '' : v));
// An empty list is the "no value" of the e-mail addresses.
const clearableEmails = z
  .union([z.array(email), z.null()])
  .optional()
  .transform((v) => (v === null ? [] : v));
// The description types it as an integer, so neither null nor "" is a valid value to send, and
// KING OF TIME documents no other way to clear it.
const contractMinutes = z
  .number({
    error: (issue) =>
      issue.input === null || issue.input === ''
        ? 'cannot be cleared through the API: give a number of minutes'
        : 'expected whole minutes, 0–1440',
  })
  .pipe(minutes)
  .optional();

/**
 * The body of `PUT /employees/{key}`: only the given fields change. `null` or `""` clears an
 * optional text or date field and is sent as `""`; `null` clears the e-mail addresses, sent as
 * `[]` (KING OF TIME: 値が無いまたは空文字列の場合は、該当項目をNULLで更新する).
 */
export const employeeUpdateInput = z
  .strictObject({
    divisionCode: divisionCodeInput.optional(),
    gender: gender.optional(),
    typeCode: typeCode.optional(),
    code: employeeCodeInput.optional(),
    lastName: name('family name (姓)').optional(),
    firstName: name('given name (名)').optional(),
    lastNamePhonetics: clearableText,
    firstNamePhonetics: clearableText,
    hiredDate: clearableDate,
    birthDate: clearableDate,
    resignationDate: clearableDate,
    emailAddresses: clearableEmails,
    allDayRegardingWorkInMinute: contractMinutes,
  })
  .refine((value) => Object.keys(value).length > 0, 'give at least one field to change')
  // Leave out what was not given (a transform above may have produced an undefined key).
  .transform((value) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)));
