import type { ReasonDetail } from '@pclogin/core';
import {
  KotApiError,
  KotConnectionError,
  type KotError,
  KotProxyAuthenticationError,
  KotRateLimitError,
  KotResponseValidationError,
  KotRestrictedHoursError,
  KotTimeoutError,
} from '@pclogin/kot-client';

/**
 * A `@pclogin/kot-client` error as a reason code and the facts it names (see `ReasonDetail`), so
 * that the agent shows it in the administrator's language while the client's English message
 * stays in logs and `--json`. `undefined` for errors whose message is all there is to say
 * (invalid client input or options): the English message is shown then.
 *
 * @example
 * kotErrorDetail(restricted) // → { code: 'kot-restricted-hours', values: { until: '2024-…', refusedBy: 'client' } }
 */
export function kotErrorDetail(error: KotError): ReasonDetail | undefined {
  const yesNo = (value: boolean) => (value ? 'yes' : 'no');
  if (KotRestrictedHoursError.isInstance(error)) {
    return {
      code: 'kot-restricted-hours',
      values: { until: error.retryAt.toISOString(), refusedBy: error.refusedBy },
    };
  }
  if (KotRateLimitError.isInstance(error)) {
    return {
      code: 'kot-rate-limited',
      values: {
        status: error.status,
        seconds: error.retryAfterMs === undefined ? -1 : Math.ceil(error.retryAfterMs / 1000),
      },
    };
  }
  if (KotProxyAuthenticationError.isInstance(error)) {
    return {
      code: error.credentialsSent ? 'kot-proxy-credentials-rejected' : 'kot-proxy-authentication-required',
      values: { proxy: error.proxy, status: error.proxyStatus },
    };
  }
  if (KotConnectionError.isInstance(error)) {
    return {
      code: 'kot-connection-failed',
      values: { reason: error.reason, proxy: error.proxy ?? '', maybeApplied: yesNo(error.maybeApplied) },
    };
  }
  if (KotTimeoutError.isInstance(error)) {
    return {
      code: error.kind === 'attempt' ? 'kot-timeout' : 'kot-total-timeout',
      values: { seconds: Math.ceil(error.timeoutMs / 1000), maybeApplied: yesNo(error.maybeApplied) },
    };
  }
  if (KotResponseValidationError.isInstance(error)) {
    const issues = error.issues.slice(0, 5).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
    return { code: 'kot-invalid-response', values: { status: error.status, issues: issues.join('; ') } };
  }
  if (KotApiError.isInstance(error)) {
    const codes: Partial<Record<string, string>> = {
      KOT_AUTHENTICATION_FAILED: 'kot-authentication-failed',
      KOT_PERMISSION_DENIED: 'kot-permission-denied',
      KOT_BAD_REQUEST: 'kot-bad-request',
      KOT_NOT_FOUND: 'kot-not-found',
      KOT_SERVER_ERROR: 'kot-server-error',
    };
    const details = error.apiErrors
      .map((e) => (e.code === undefined ? e.message : `${e.message} (code ${e.code})`))
      .join('; ');
    return { code: codes[error.code] ?? 'kot-api-error', values: { status: error.status, details } };
  }
  return undefined;
}
