import { z } from 'zod';
import { KotSimulatorOptionsError } from '../kot-simulator-options-error.js';
import { isCalendarDate } from './calendar.js';

/** Strict schemas for everything handed to the simulator from code (seed, options, helpers). */

const hhmm = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'Expected a time of day HH:MM');
const calendarDate = z.string().refine(isCalendarDate, 'Expected a calendar date YYYY-MM-DD');
const code = z.string().min(1, 'Expected a non-empty string');
export const employeeKeySchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'Expected 64 lowercase hexadecimal characters');
export const punchCodeSchema = z.enum(['1', '2', '3', '4', '7', '8']);

export const companySchema = z.strictObject({
  key: code,
  code,
  name: code,
  host: code.optional(),
  businessYearStartDate: z
    .string()
    .regex(/^(?:0[1-9]|1[0-2])\/(?:0[1-9]|[12]\d|3[01])$/, 'Expected MM/DD')
    .optional(),
  timeDisplayFormat: z.enum(['decimal', 'sexagesimal']).optional(),
  decimalTreatType: z.enum(['roundDown', 'roundUp', 'round']).optional(),
  features: z
    .strictObject({
      employeeGroups: z.boolean().optional(),
      scheduleRequests: z.boolean().optional(),
      overtimeRequests: z.boolean().optional(),
    })
    .optional(),
});

export const divisionSchema = z.strictObject({ code, name: code, dayBorderTime: hhmm });
export const workingTypeSchema = z.strictObject({ code, name: code });
export const employeeGroupSchema = z.strictObject({
  code,
  name: code,
  category: z.strictObject({ code, name: code }).optional(),
});
export const administratorSchema = z.strictObject({
  key: code,
  code,
  name: code,
  emailAddresses: z.string().optional(),
  associatedEmployeeCodes: z.array(code).optional(),
});

export const workScheduleSchema = z.strictObject({
  clockIn: hhmm,
  clockOut: hhmm,
  breakMinutes: z.number().int().min(0).max(1440),
  weekdays: z.array(z.number().int().min(0).max(6)),
});

export const employeeInputSchema = z.strictObject({
  key: employeeKeySchema.optional(),
  code,
  lastName: code,
  firstName: z.string(),
  lastNamePhonetics: z.string().optional(),
  firstNamePhonetics: z.string().optional(),
  gender: z.enum(['male', 'female', 'no_selected']).optional(),
  divisionCode: code,
  typeCode: code,
  employeeGroupCodes: z.array(code).optional(),
  hiredDate: calendarDate.optional(),
  birthDate: calendarDate.optional(),
  resignationDate: calendarDate.optional(),
  emailAddresses: z.array(z.string()).optional(),
  allDayRegardingWorkInMinute: z.number().int().min(0).max(1440).optional(),
  schedule: workScheduleSchema.optional(),
  hourlyWage: z.number().min(0).optional(),
  commuteCost: z.number().min(0).optional(),
});

export const timerecordInputSchema = z.strictObject({
  employee: code,
  date: calendarDate.optional(),
  time: z.union([z.date(), z.string()]),
  code: punchCodeSchema,
  divisionCode: code.optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  credentialCode: z.number().int().optional(),
  credentialName: z.string().optional(),
});

const workflowRequestSchema = z.looseObject({ date: calendarDate, employeeKey: code });

export const seedSchema = z.strictObject({
  company: companySchema,
  divisions: z.array(divisionSchema).min(1, 'Expected at least one division'),
  workingTypes: z.array(workingTypeSchema).min(1, 'Expected at least one working type'),
  employeeGroups: z.array(employeeGroupSchema).optional(),
  employees: z.array(employeeInputSchema),
  administrators: z.array(administratorSchema).optional(),
  timerecords: z.array(timerecordInputSchema).optional(),
  scheduleRequests: z.array(workflowRequestSchema).optional(),
  overtimeRequests: z.array(workflowRequestSchema).optional(),
});

const timeWindowSchema = z
  .strictObject({ start: hhmm, end: hhmm })
  .refine((window) => window.start < window.end, 'Expected start before end');

export const settingsShape = {
  restrictedHours: z.union([z.boolean(), z.array(timeWindowSchema)]).optional(),
  rateLimit: z
    .union([
      z.literal(false),
      z.strictObject({
        requestsPerSecond: z.number().positive(),
        burst: z.number().int().positive().optional(),
        retryAfterSeconds: z.number().int().min(0).optional(),
      }),
    ])
    .optional(),
  clockOutOverwrite: z.boolean().optional(),
  dateWindow: z.boolean().optional(),
  acceptNonJstOffsets: z.boolean().optional(),
};

export const settingsSchema = z.strictObject(settingsShape);

export const optionsSchema = z.strictObject({
  ...settingsShape,
  seed: z.unknown().optional(),
  token: z
    .string()
    .regex(/^[\x21-\x7e]+$/, 'Expected visible ASCII characters without spaces')
    .optional(),
  clock: z.custom<() => Date>((value) => typeof value === 'function', 'Expected a function').optional(),
  port: z.number().int().min(0).max(65535).optional(),
});

function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  let text = prefix;
  for (const part of path) {
    text += typeof part === 'number' ? `[${part}]` : text ? `.${String(part)}` : String(part);
  }
  return text || '(input)';
}

/** Parse `value` or throw a {@link KotSimulatorOptionsError} naming each bad field under `prefix`. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, prefix: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new KotSimulatorOptionsError(
    result.error.issues.map((issue) => `${formatPath(prefix, issue.path)}: ${issue.message}`),
  );
}
