import { z } from 'zod';
import { resolveWorkdayOptions } from '../../workdays/internal/resolve-workday-options.js';
import { WorkdayInputError } from '../../workdays/workday-input-error.js';
import type { AggregatorOptions } from '../aggregator-options.js';
import { AggregatorOptionsError } from '../aggregator-options-error.js';

const fn = z.custom<(...args: never[]) => unknown>(
  (value) => typeof value === 'function',
  'expected a function',
);

const schema = z.object({
  resolveEmployee: fn.optional(),
  workdayOptions: z
    .union([fn, z.object({ timeZone: z.string().optional(), dayBorder: z.string().optional() })])
    .optional(),
  breaks: z
    .object({
      enabled: z.boolean(),
      minGapMinutes: z
        .number()
        .positive()
        .max(24 * 60)
        .optional(),
    })
    .optional(),
});

/** Validates aggregator options, throwing {@link AggregatorOptionsError} naming the option. */
export function checkAggregatorOptions(options: AggregatorOptions): void {
  const parsed = schema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AggregatorOptionsError(issue?.path.join('.') ?? '', issue?.message ?? 'invalid');
  }
  const workday = options.workdayOptions;
  if (workday !== undefined && typeof workday !== 'function') {
    try {
      resolveWorkdayOptions(workday);
    } catch (error) {
      if (error instanceof WorkdayInputError) {
        throw new AggregatorOptionsError(`workdayOptions.${error.field}`, error.message);
      }
      throw error;
    }
  }
}
