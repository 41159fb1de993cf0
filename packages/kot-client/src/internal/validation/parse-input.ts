import type { z } from 'zod';
import { KotInputError } from '../../errors/input-error.js';
import { toIssues } from './to-issues.js';

/** Validates the arguments of `operation` strictly; throws {@link KotInputError} naming each field. */
export function parseInput<T extends z.ZodType>(operation: string, schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new KotInputError({ operation, issues: toIssues(result.error) });
  return result.data;
}
