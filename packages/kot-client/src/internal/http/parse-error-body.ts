import type { KotApiErrorDetail } from '../../errors/api-error.js';

const normaliseCode = (code: unknown): number | string | undefined => {
  if (typeof code === 'number') return code;
  if (typeof code === 'string' && code.trim() !== '') return /^\d+$/.test(code.trim()) ? Number(code) : code;
  return undefined;
};

const detail = (value: unknown): KotApiErrorDetail | undefined => {
  if (typeof value !== 'object' || value === null) return undefined;
  const { message, code } = value as { message?: unknown; code?: unknown };
  const normalised = normaliseCode(code);
  if (typeof message !== 'string' && normalised === undefined) return undefined;
  return {
    message: typeof message === 'string' ? message : '',
    ...(normalised === undefined ? {} : { code: normalised }),
  };
};

/**
 * KING OF TIME's error details from a response body, in any of the shapes it sends:
 * `{"errors":[{"message","code"}]}`, the rate-limit body `{"code":"303","message":"…"}`, or a
 * bare `{"message"}`. Codes sent as numeric strings become numbers. Anything else → `[]`.
 */
export function parseErrorBody(body: unknown): KotApiErrorDetail[] {
  if (typeof body !== 'object' || body === null) return [];
  const { errors } = body as { errors?: unknown };
  if (Array.isArray(errors)) return errors.map(detail).filter((d) => d !== undefined);
  const single = detail(body);
  return single ? [single] : [];
}
