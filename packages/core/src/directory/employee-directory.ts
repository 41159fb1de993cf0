import { z } from 'zod';

/**
 * A working day's change time `HH:MM` (KOT's 日付変更時刻, a division's `dayBorderTime`).
 * `H:MM` is accepted too.
 */
export const dayBorderSchema = z
  .string()
  .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'expected a time HH:MM between 00:00 and 23:59');

/** A KOT division (所属) as the employee directory keeps it. */
export const directoryDivisionSchema = z.object({
  /** The division code. */
  code: z.string().min(1),
  /** The division name, for messages. */
  name: z.string().optional(),
  /** The division's 日付変更時刻 `HH:MM`: when its working day changes. */
  dayBorderTime: dayBorderSchema,
});

/** A KOT employee as the employee directory keeps it. */
export const directoryEmployeeSchema = z.object({
  /** The employee code (打刻先アカウント): a string that may have leading zeros; never a number. */
  code: z.string().min(1),
  /** The employee key KOT's write calls take (stable when the code changes). */
  key: z.string().min(1),
  /** 姓 */
  lastName: z.string().optional(),
  /** 名 */
  firstName: z.string().optional(),
  /** The code of the employee's division, which decides the working day's change time. */
  divisionCode: z.string().optional(),
});

/**
 * What KING OF TIME's employee and division lists say about the company: the employees
 * punches can go to and each division's day-change time. The agent fills it from KOT and
 * caches it; core only reads it.
 *
 * @example
 * const directory = employeeDirectorySchema.parse({
 *   employees: [{ code: '0001', key: 'a1b2…', lastName: '山田', firstName: '太郎', divisionCode: '100' }],
 *   divisions: [{ code: '100', name: '本社', dayBorderTime: '05:00' }],
 * });
 */
export const employeeDirectorySchema = z.object({
  employees: z.array(directoryEmployeeSchema),
  divisions: z.array(directoryDivisionSchema),
});

/** See {@link employeeDirectorySchema}. */
export type EmployeeDirectory = z.infer<typeof employeeDirectorySchema>;
/** See {@link directoryEmployeeSchema}. */
export type DirectoryEmployee = z.infer<typeof directoryEmployeeSchema>;
/** See {@link directoryDivisionSchema}. */
export type DirectoryDivision = z.infer<typeof directoryDivisionSchema>;
