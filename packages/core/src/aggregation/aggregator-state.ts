import { z } from 'zod';
import { eventSourceSchema, logEventKinds } from '../events/log-event.js';

const dayEventSchema = z.object({
  at: z.number().int(),
  kind: z.enum(logEventKinds),
  raw: z.string(),
  account: z.string().min(1),
  computer: z.string().optional(),
  source: eventSourceSchema.optional(),
});

/** One open working day in an {@link AggregatorState}. */
export const aggregatorDayStateSchema = z.object({
  /** The linked employee; absent for an account that is not linked. */
  employeeCode: z.string().min(1).optional(),
  /** The account of a day of an account that is not linked; absent for an employee's day. */
  account: z.string().min(1).optional(),
  workday: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  timeZone: z.string().min(1),
  dayBorder: z.string().regex(/^\d{2}:\d{2}$/),
  first: dayEventSchema,
  last: dayEventSchema,
  /** The day's distinct events, as sorted fingerprints (integers below 2^52). */
  events: z.array(
    z
      .number()
      .int()
      .nonnegative()
      .max(2 ** 52),
  ),
});

/**
 * The aggregator's whole state as plain JSON (`aggregator.toJSON()`), to be stored with the
 * source checkpoint and restored with `restoreAggregator`. Its size is a few dozen bytes per
 * open day plus about 16 bytes per distinct event of each open day.
 */
export const aggregatorStateSchema = z.object({
  version: z.literal(1),
  days: z.array(aggregatorDayStateSchema),
});

/** See {@link aggregatorStateSchema}. */
export type AggregatorState = z.infer<typeof aggregatorStateSchema>;
/** See {@link aggregatorDayStateSchema}. */
export type AggregatorDayState = z.infer<typeof aggregatorDayStateSchema>;
