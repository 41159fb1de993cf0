import type { KotApiErrorDetail, KotApiErrorInit } from '../../errors/api-error.js';
import { KotApiError } from '../../errors/api-error.js';
import { KotAuthenticationError } from '../../errors/authentication-error.js';
import { KotBadRequestError } from '../../errors/bad-request-error.js';
import { KotNotFoundError } from '../../errors/not-found-error.js';
import { KotPermissionError } from '../../errors/permission-error.js';
import { KotServerError } from '../../errors/server-error.js';

/** KING OF TIME's error code for restricted hours (APIの利用制限時間帯). */
export const RESTRICTED_HOURS_CODE = 104;
/** KING OF TIME's error code for Too Many Requests. */
export const RATE_LIMIT_CODE = 303;

/** Whether an error answer is KING OF TIME's rate limit: 429, or the `{"code":"303"}` body. */
export function isRateLimitAnswer(status: number, details: readonly KotApiErrorDetail[]): boolean {
  return status === 429 || details.some((d) => d.code === RATE_LIMIT_CODE);
}

/**
 * Whether an error answer is KING OF TIME's restricted-hours refusal: 403 with code 104, or
 * (should the code be missing) its message 「次の時間帯（JST）はAPIへのアクセスが禁止されています」.
 */
export function isRestrictedHoursAnswer(status: number, details: readonly KotApiErrorDetail[]): boolean {
  return (
    status === 403 &&
    details.some((d) => d.code === RESTRICTED_HOURS_CODE || /アクセスが禁止|利用制限/.test(d.message))
  );
}

/** The error class for any other error status; `maybeApplied` is decided by the caller. */
export function errorForStatus(init: KotApiErrorInit): KotApiError {
  const { status } = init;
  if (status === 400) return new KotBadRequestError(init);
  if (status === 401) return new KotAuthenticationError(init);
  if (status === 403) return new KotPermissionError(init);
  if (status === 404) return new KotNotFoundError(init);
  if (status >= 500) return new KotServerError(init);
  return new KotApiError(init);
}
