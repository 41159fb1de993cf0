import { z } from 'zod';
import { isCalendarDate } from '../../internal/time/calendar-date.js';

const describe = (input: unknown): string =>
  input instanceof Date
    ? 'a Date'
    : input === null
      ? 'null'
      : Array.isArray(input)
        ? 'an array'
        : typeof input;

/** A calendar date `YYYY-MM-DD` (never a Date: a Date has no calendar day without a time zone). */
export const dateInput = z
  .string({
    error: (issue) =>
      issue.input instanceof Date
        ? 'expected a date string "YYYY-MM-DD", got a Date (a Date has no calendar day without a time zone; format it in Japan time)'
        : issue.input === undefined
          ? 'required: a date "YYYY-MM-DD"'
          : `expected a date string "YYYY-MM-DD", got ${describe(issue.input)}`,
  })
  .refine(isCalendarDate, {
    error: (issue) => `expected a real date "YYYY-MM-DD", got ${JSON.stringify(issue.input)}`,
  });

/** A month `YYYY-MM`. */
export const monthInput = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'required: a month "YYYY-MM"'
        : `expected a month string "YYYY-MM", got ${describe(issue.input)}`,
  })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
    error: (issue) => `expected a month "YYYY-MM", got ${JSON.stringify(issue.input)}`,
  });

/** A year such as `2024` (number or 4-digit string), sent as digits. */
export const yearInput = z
  .union(
    [
      z.number().int(),
      z
        .string()
        .regex(/^\d{4}$/)
        .transform(Number),
    ],
    {
      error: (issue) => `expected a year such as 2024, got ${JSON.stringify(issue.input)}`,
    },
  )
  .pipe(z.number().int().min(1900, 'expected a year after 1900').max(9999, 'expected a 4-digit year'))
  .transform(String);

/** A string code (employee, division, type …): never a number, never empty, never a path. */
export function codeInput(what: string, example: string) {
  return z
    .string({
      error: (issue) =>
        typeof issue.input === 'number'
          ? `${what}s are strings such as "${example}", never numbers (a number loses leading zeros)`
          : issue.input === undefined
            ? `required: a ${what} string such as "${example}"`
            : `expected a ${what} string such as "${example}", got ${describe(issue.input)}`,
    })
    .min(1, `the ${what} must not be empty`)
    .refine((s) => s.trim() === s, `the ${what} must not start or end with spaces`);
}

/** Employee code (従業員コード). */
export const employeeCodeInput = codeInput('employee code', '0001');

/** Employee key (従業員識別キー). */
export const employeeKeyInput = codeInput('employee key', '8b6ee646a962…').refine(
  (s) => !/[\s/?#,]/.test(s),
  'an employee key has no spaces, slashes, commas, "?" or "#"',
);

/** Division code (所属コード). */
export const divisionCodeInput = codeInput('division code', '1000');

/** Administrator key (管理者識別キー). */
export const administratorKeyInput = codeInput('administrator key', 'c77a34b32f5d…');

/** A code in a path that KING OF TIME documents as an integer (雇用区分コード): digits, sent as a string. */
export const integerCodeInput = z
  .union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)], {
    error: (issue) => `expected a code of digits such as 1 or "1", got ${JSON.stringify(issue.input)}`,
  })
  .transform(String);

/** A list of `additionalFields` values, sent comma-separated. */
export function additionalFieldsInput<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(
      z.enum(values, {
        error: (issue) =>
          `unknown additional field ${JSON.stringify(issue.input)}; known: ${values.join(', ')}`,
      }),
    )
    .optional();
}

/** A boolean, never `"true"`. */
export const booleanInput = z.boolean({
  error: (issue) => `expected true or false, got ${JSON.stringify(issue.input)}`,
});
