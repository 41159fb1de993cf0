import { isValidTimeZone } from '@pclogin/core';
import { z } from 'zod';
import { dateOrders } from './parse-time-created.js';

const labelList = z.array(z.string().trim().min(1)).optional();

/**
 * Options of the Security events parser, validated strictly: an unknown or misspelled
 * option is an error naming it.
 */
export const securityEventsOptionsSchema = z.strictObject({
  /**
   * The IANA time zone of the PC that exported the events: `Export-Csv` writes
   * `TimeCreated` in local time without an offset.
   * @default 'Asia/Tokyo'
   */
  timeZone: z
    .string()
    .refine(isValidTimeZone, { message: 'not an IANA time zone such as Asia/Tokyo' })
    .default('Asia/Tokyo'),
  /**
   * How to read year-last dates such as `07/02/2024`; see `DateOrder`.
   * @default 'auto'
   */
  dateOrder: z.enum(dateOrders).default('auto'),
  /**
   * What becomes the event's account (PC Login's サービスアカウント) in the linking CSV:
   * the bare user name (`yamada`) or the domain and name (`CORP\yamada`), for forests
   * where the same name exists in two domains.
   * @default 'name'
   */
  account: z.enum(['name', 'domain\\name']).default('name'),
  /** Extra message labels for display languages other than English and Japanese; see `MessageLabels`. */
  labels: z
    .strictObject({
      accountName: labelList,
      accountDomain: labelList,
      logonType: labelList,
      newLogonSection: labelList,
    })
    .default({}),
});

/** Options as a caller writes them (every field optional). */
export type SecurityEventsOptions = z.input<typeof securityEventsOptionsSchema>;

/** Options with their defaults applied. */
export type ResolvedSecurityEventsOptions = z.output<typeof securityEventsOptionsSchema>;
