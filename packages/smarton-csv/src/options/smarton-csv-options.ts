import { isValidTimeZone, logEventKinds } from '@pclogin/core';
import { z } from 'zod';
import { SmartonCsvOptionsError } from '../errors/smarton-csv-options-error.js';
import { columnRoles } from '../schema/column-role.js';

/** A column given by its header name (compared like recognised names) or its 0-based index. */
export const columnRefSchema = z.union([
  z.string().trim().min(1, 'a header name must not be empty'),
  z.number().int().nonnegative('a column index is 0-based and not negative'),
]);

/** See {@link columnRefSchema}. */
export type ColumnRef = z.infer<typeof columnRefSchema>;

/**
 * Columns set explicitly, each by header name or 0-based index. What is not set is found from
 * the header names or, without a header, from the values. Set either `timestamp` or both
 * `date` and `time`.
 */
export const smartonCsvColumnsSchema = z
  .object({
    /** Date and time in one column. */
    timestamp: columnRefSchema.optional(),
    /** The date, when date and time are separate columns. */
    date: columnRefSchema.optional(),
    /** The time of day, when date and time are separate columns. */
    time: columnRefSchema.optional(),
    /** The SmartOn account (PC Login's サービスアカウント). */
    account: columnRefSchema.optional(),
    /** The event word (ログオン, ログオフ, ロック, アンロック, …). */
    event: columnRefSchema.optional(),
    /** The Windows user (informational). */
    windowsUser: columnRefSchema.optional(),
    /** The computer name, carried into each event. */
    computer: columnRefSchema.optional(),
    /** The IP address (informational). */
    ip: columnRefSchema.optional(),
  })
  .strict()
  .superRefine((columns, ctx) => {
    if (columns.timestamp !== undefined && (columns.date !== undefined || columns.time !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['timestamp'],
        message: 'set either timestamp, or date and time, not both',
      });
    }
    if ((columns.date === undefined) !== (columns.time === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [columns.date === undefined ? 'date' : 'time'],
        message: 'date and time are set together (or use timestamp for one column holding both)',
      });
    }
    const seen = new Map<string, string>();
    for (const role of columnRoles) {
      const ref = columns[role];
      if (ref === undefined) continue;
      const key = typeof ref === 'number' ? `#${ref}` : ref.normalize('NFKC').toLowerCase();
      const other = seen.get(key);
      if (other) {
        ctx.addIssue({ code: 'custom', path: [role], message: `the same column is already set as ${other}` });
      }
      seen.set(key, role);
    }
  });

/** See {@link smartonCsvColumnsSchema}. */
export type SmartonCsvColumns = z.infer<typeof smartonCsvColumnsSchema>;

/** Encodings that can be configured. `shift_jis` means Windows' Shift_JIS, i.e. CP932. */
export const configurableEncodings = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'cp932', 'shift_jis'] as const;

/**
 * Options of the SmartOn log CSV parser: strict (an unknown field is an error naming it).
 * The agent's configuration file has a `csv` section that is exactly this.
 *
 * @example
 * smartonCsvOptionsSchema.parse({ encoding: 'cp932', columns: { account: 'ユーザーID', event: 3 } });
 */
export const smartonCsvOptionsSchema = z
  .object({
    /**
     * The file encoding. `auto` reads a byte order mark first, then takes UTF-8 if the bytes
     * are valid UTF-8, else CP932.
     * @default 'auto'
     */
    encoding: z
      .preprocess((v) => (typeof v === 'string' ? v.toLowerCase() : v), z.enum(configurableEncodings))
      .default('auto'),
    /**
     * The field delimiter: `auto` chooses between comma and tab from the first lines; `comma`,
     * `tab`, or any single character.
     * @default 'auto'
     */
    delimiter: z
      .union([
        z.enum(['auto', 'comma', 'tab']),
        z
          .string()
          .length(1, 'use auto, comma, tab or a single character')
          .refine((c) => !'"\r\n'.includes(c), 'a quote or line break cannot be the delimiter'),
      ])
      .default('auto'),
    /**
     * Whether the first row is a header: `auto` decides from its contents.
     * @default 'auto'
     */
    hasHeader: z.union([z.literal('auto'), z.boolean()]).default('auto'),
    /** Columns set explicitly; see {@link smartonCsvColumnsSchema}. */
    columns: smartonCsvColumnsSchema.optional(),
    /**
     * The IANA time zone of timestamps written without an offset.
     * @default 'Asia/Tokyo'
     */
    timeZone: z
      .string()
      .refine(isValidTimeZone, 'not an IANA time zone name this runtime knows (e.g. Asia/Tokyo)')
      .default('Asia/Tokyo'),
    /**
     * More event words, word → kind, added to (and overriding) the default vocabulary.
     * @example { 'ユーザー切替(connect)': 'unlock' }
     */
    eventWords: z
      .record(z.string().trim().min(1, 'an event word must not be empty'), z.enum(logEventKinds))
      .optional(),
  })
  .strict();

/** The options as written (every field optional). */
export type SmartonCsvOptions = z.input<typeof smartonCsvOptionsSchema>;
/** The options with defaults applied. */
export type ResolvedSmartonCsvOptions = z.output<typeof smartonCsvOptionsSchema>;

/**
 * Validates options and applies defaults.
 *
 * @throws {SmartonCsvOptionsError} naming every invalid field.
 * @example
 * resolveSmartonCsvOptions({ timeZone: 'Europe/Berlin' }).encoding // → 'auto'
 */
export function resolveSmartonCsvOptions(options: unknown = {}): ResolvedSmartonCsvOptions {
  const result = smartonCsvOptionsSchema.safeParse(options ?? {});
  if (result.success) return result.data;
  throw new SmartonCsvOptionsError(
    result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  );
}
