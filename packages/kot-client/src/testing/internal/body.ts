import type { z } from 'zod';
import { KotHttpError, SIMULATOR_ERROR_CODES } from './kot-http-error.js';

/** Validate a request body; every problem becomes one entry of a 400 answer's `errors`. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  if (body === undefined) {
    throw new KotHttpError(400, [
      { message: 'リクエストボディがありません', code: SIMULATOR_ERROR_CODES.badParameter },
    ]);
  }
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new KotHttpError(
    400,
    result.error.issues.map((issue) => ({
      message: `${issue.path.map(String).join('.') || 'body'}: ${issue.message}`,
      code: SIMULATOR_ERROR_CODES.badParameter,
    })),
  );
}
