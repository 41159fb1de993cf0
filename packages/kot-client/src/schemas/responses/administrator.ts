import { z } from 'zod';
import { kotString, list, optional, record } from '../../internal/schemas/tolerant.js';

/** An employee an administrator is assigned to (割当従業員). */
export interface KotAssociatedEmployee {
  /** Employee code (従業員コード). */
  code: string;
  /** Employee key (従業員識別キー). */
  key: string;
  /** Family name (姓). */
  lastName?: string;
  /** Given name (名). */
  firstName?: string;
}

/** An administrator (`GET /administrators`). */
export interface KotAdministrator {
  /** Administrator code (管理者コード). */
  code: string;
  /** Administrator key (管理者識別キー), unchanged when the code changes. */
  key: string;
  /** Administrator name (管理者名). */
  name: string;
  /** E-mail addresses; only with `additionalFields: ['emailAddresses']`. */
  emailAddresses?: string[];
  /** Assigned employees; only with `additionalFields: ['associatedEmployees']`. */
  associatedEmployees?: KotAssociatedEmployee[];
}

export const administratorSchema: z.ZodType<KotAdministrator> = record({
  code: kotString,
  key: kotString,
  name: kotString,
  // The reference types this as one string here and as a list for employees; accept both.
  emailAddresses: optional(z.union([z.array(z.string()), z.string().transform((s) => [s])])),
  associatedEmployees: optional(
    z.array(
      record({
        code: kotString,
        key: kotString,
        lastName: optional(z.string()),
        firstName: optional(z.string()),
      }),
    ),
  ),
});

export const administratorsSchema = list(administratorSchema);
