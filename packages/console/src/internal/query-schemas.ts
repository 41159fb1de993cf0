// Strict checks of what a browser sends: query strings and form fields.
import { z } from 'zod';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const optionalText = z
  .string()
  .max(200)
  .transform((s) => s.trim())
  .optional()
  .transform((s) => (s ? s : undefined));

/** 日別データ's query: `from`, `to`, `employee`, `kot=1`. */
export const daysQuerySchema = z
  .object({
    from: z
      .union([date, z.literal('')])
      .optional()
      .transform((s) => s || undefined),
    to: z
      .union([date, z.literal('')])
      .optional()
      .transform((s) => s || undefined),
    employee: optionalText,
    kot: z.enum(['1', 'on']).optional(),
  })
  .strict()
  .transform(({ kot, ...rest }) => ({ ...rest, withKot: kot !== undefined }))
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['from'] })
  .refine((q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= 62 * 86_400_000, {
    message: 'at most 62 days at a time',
    path: ['to'],
  });

/** ログ表示's query: `day`, `employee`, `account`, `computer`, `page`. */
export const logsQuerySchema = z
  .object({
    day: z
      .union([date, z.literal('')])
      .optional()
      .transform((s) => s || undefined),
    employee: optionalText,
    account: optionalText,
    computer: optionalText,
    page: z.coerce.number().int().min(1).max(1_000_000).optional().default(1),
  })
  .strict();

/** A change of the linking CSV from a form (plus the CSRF field, checked before). */
export const linkChangeSchema = z
  .object({
    _csrf: z.string(),
    employeeCode: z.string().trim().min(1, 'choose an employee').max(64),
    serviceAccount: z.string().trim().max(256),
    mode: z.enum(['set', 'add']),
  })
  .strict()
  .transform(({ _csrf, ...change }) => change);
