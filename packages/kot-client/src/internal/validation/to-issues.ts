import type { z } from 'zod';
import type { KotValidationIssue } from '../../errors/validation-issue.js';

/** `a.b[2].c` from a zod issue path. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/**
 * Plain `{path, message}` issues from zod's. zod's own issues may carry the offending input
 * value; these never do, so they are safe to log.
 */
export function toIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): KotValidationIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: issue.message,
  }));
}
