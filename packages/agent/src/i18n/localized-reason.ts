import { formatInstant, type ReasonDetail } from '@pclogin/core';
import {
  type LocalizedText,
  type Message,
  type MessageKey,
  type MessageValues,
  msg,
  translate,
} from './translate.js';

type Values = Record<string, string | number>;

/** How each known code becomes a message: its key and the values it fills in. */
const RENDERERS: Record<string, (v: Values, cause: () => Message | string, timeZone: string) => Message> = {
  'sink-outage': (v, cause, tz) => msg('reason.sinkOutage', { until: instant(v.until, tz), cause: cause() }),
  'unexpected-failure': (v) => msg('reason.unexpectedFailure', { message: text(v.message) }),
  'waiting-to-read-new-days': (_v, cause) => msg('reason.waitingToReadNewDays', { cause: cause() }),
  'waiting-to-read-employee': (v, cause) =>
    msg('reason.waitingToReadEmployee', { employeeCode: text(v.employeeCode), cause: cause() }),
  'held-before-sending': () => msg('reason.heldBeforeSending'),
  'absent-resend': () => msg('reason.absentResend'),
  'read-failed': (v) => msg('reason.readFailed', { message: text(v.message) }),
  'read-employee-failed': (v, cause) =>
    msg('reason.readEmployeeFailed', { employeeCode: text(v.employeeCode), cause: cause() }),
  interrupted: () => msg('reason.interrupted'),
  'ledger-repaired': () => msg('reason.ledgerRepaired'),
  'lock-not-refreshed': (v) => msg('reason.lockNotRefreshed', { seconds: count(v.seconds) }),
  'lock-owner-gone': (v) => msg('reason.lockOwnerGone', { pid: text(v.pid) }),
  'unknown-employee': (v) => msg('reason.unknownEmployee', { employeeCode: text(v.employeeCode) }),
  'unknown-employees': (v) =>
    msg('reason.unknownEmployees', { employeeCodes: text(v.employeeCodes), count: count(v.count) }),
  'kot-restricted-hours': (v, _c, tz) =>
    msg(v.refusedBy === 'server' ? 'reason.kotRestrictedHoursServer' : 'reason.kotRestrictedHours', {
      until: instant(v.until, tz),
    }),
  'kot-rate-limited': (v) =>
    msg(
      typeof v.seconds === 'number' && v.seconds >= 0 ? 'reason.kotRateLimitedWait' : 'reason.kotRateLimited',
      {
        status: text(v.status),
        seconds: count(v.seconds),
      },
    ),
  'kot-proxy-credentials-rejected': (v) =>
    msg('reason.kotProxyCredentialsRejected', { proxy: text(v.proxy), status: text(v.status) }),
  'kot-proxy-authentication-required': (v) =>
    msg('reason.kotProxyAuthenticationRequired', { proxy: text(v.proxy), status: text(v.status) }),
  'kot-connection-failed': (v) =>
    msg(v.proxy ? 'reason.kotConnectionFailedProxy' : 'reason.kotConnectionFailed', {
      proxy: text(v.proxy),
      reason: text(v.reason),
      maybeApplied: maybeApplied(v),
    }),
  'kot-timeout': (v) =>
    msg('reason.kotTimeout', { seconds: count(v.seconds), maybeApplied: maybeApplied(v) }),
  'kot-total-timeout': (v) =>
    msg('reason.kotTotalTimeout', { seconds: count(v.seconds), maybeApplied: maybeApplied(v) }),
  'kot-invalid-response': (v) =>
    msg('reason.kotInvalidResponse', { status: text(v.status), issues: text(v.issues) }),
  'kot-authentication-failed': (v) => api('reason.kotAuthenticationFailed', v),
  'kot-permission-denied': (v) => api('reason.kotPermissionDenied', v),
  'kot-bad-request': (v) => api('reason.kotBadRequest', v),
  'kot-not-found': (v) => api('reason.kotNotFound', v),
  'kot-server-error': (v) => api('reason.kotServerError', v),
  'kot-api-error': (v) => api('reason.kotApiError', v),
};

/**
 * A reason from the ledger or a delivery report in every language: English as core and the KOT
 * client wrote it (`text`, unchanged, as logs and `--json` carry it), the other languages
 * rendered from its `detail` through the catalogs when its code is known, else the English text
 * too (a ledger written before reasons had codes, a sink's own code, a hand-edited value).
 *
 * @param text - the English reason
 * @param detail - the same reason as a code and values, when there is one
 * @param timeZone - the zone instants are shown in (the configuration's `timeZone`)
 *
 * @example
 * t('status.failedLine', { reason: localizedReason(p.reason, p.reasonDetail, tz), … })
 */
export function localizedReason(
  text: string | undefined,
  detail: ReasonDetail | undefined,
  timeZone: string,
): LocalizedText {
  const message = detail ? reasonMessage(detail, timeZone) : undefined;
  const en = text ?? (message ? safely(() => translate('en', message.key, message.values)) : undefined) ?? '';
  if (!message) return { en, ja: en };
  return { en, ja: safely(() => translate('ja', message.key, message.values)) ?? en };
}

/** The message of a reason whose code is known, else `undefined`. */
function reasonMessage(detail: ReasonDetail, timeZone: string): Message | undefined {
  const renderer = RENDERERS[detail.code];
  if (!renderer) return undefined;
  const values = detail.values ?? {};
  // The wrapped reason: its own detail when it has one, else the English text stored beside it.
  const fallback =
    typeof values.message === 'string' ? values.message : typeof values.last === 'string' ? values.last : '';
  const cause = () => (detail.cause ? (reasonMessage(detail.cause, timeZone) ?? fallback) : fallback);
  return safely(() => renderer(values, cause, timeZone));
}

/** `undefined` when `make` throws: a value of the wrong type (a hand-edited ledger) never fails a command. */
function safely<T>(make: () => T): T | undefined {
  try {
    return make();
  } catch {
    return undefined;
  }
}

function text(value: string | number | undefined): string {
  return value === undefined ? '' : String(value);
}

function count(value: string | number | undefined): number {
  return typeof value === 'number' ? value : Number(value ?? 0);
}

function instant(value: string | number | undefined, timeZone: string): string {
  const date = new Date(value ?? Number.NaN);
  if (Number.isNaN(date.getTime())) throw new Error(`not an instant: ${String(value)}`);
  return formatInstant(date, timeZone);
}

function maybeApplied(v: Values): string {
  return v.maybeApplied === 'yes' ? 'yes' : 'no';
}

function api(key: MessageKey, v: Values): Message {
  const values: MessageValues = { status: text(v.status) };
  values.details = v.details ? msg('reason.apiDetails', { details: text(v.details) }) : '';
  return msg(key, values);
}
