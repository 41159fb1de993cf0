import {
  type EmployeeDirectory,
  findEmployee,
  type PunchKind,
  PunchReadError,
  PunchSendError,
  type PunchSink,
  type RecordedPunch,
} from '@pclogin/core';
import { type KotClient, KotError, KotRateLimitError, KotRestrictedHoursError } from '@pclogin/kot-client';
import { kotErrorDetail } from './kot-error-detail.js';
import { isCredentialError } from './load-employee-directory.js';

/** Options of {@link createKotPunchSink}. */
export interface KotPunchSinkOptions {
  client: KotClient;
  /**
   * The employee directory to map employee codes to KOT's employee keys; a function, so that
   * a refreshed directory is used at once.
   */
  directory: () => EmployeeDirectory;
  /**
   * How long to wait before trying a punch again whose employee is not in the directory
   * (it may appear at the next refresh).
   * @default 3600000
   */
  unknownEmployeeRetryMs?: number;
  /** The current time, for `retryAt` of errors that do not carry one. @default () => new Date() */
  now?: () => Date;
}

const KIND_BY_CODE: Record<string, PunchKind> = {
  '1': 'clockIn',
  '2': 'clockOut',
  '3': 'breakStart',
  '4': 'breakEnd',
};

/**
 * The core's `PunchSink` for KING OF TIME: sends a punch with `timerecords.create` (the
 * working day as `date`, the time in Japan time, the kind as KOT's code) and reads recorded
 * punches with `timerecords.list` for reconciliation. Maps every `@pclogin/kot-client` error
 * onto the core's contract:
 *
 * | KOT client error | retryable | maybeApplied | scope |
 * |---|---|---|---|
 * | timeout, connection lost, 5xx (`maybeApplied` from the client) | yes | as the client says | punch, transient (several in a row: an outage) |
 * | rate limit, restricted hours (with `retryAt`) | yes | no | sink |
 * | token refused (401), permission (403), proxy authentication | yes (after the administrator fixes it) | no | sink |
 * | bad request (400), not found (404), invalid input | no | no | punch |
 * | a 2xx answer that does not parse | yes | yes | punch |
 * | employee code not in the directory | yes, after `unknownEmployeeRetryMs` | no | punch |
 *
 * @example
 * const sink = createKotPunchSink({ client, directory: () => loaded.directory });
 * await deliverDuePunches({ store, sink });
 */
export function createKotPunchSink(options: KotPunchSinkOptions): PunchSink {
  const { client } = options;
  const now = options.now ?? (() => new Date());
  const retryMs = options.unknownEmployeeRetryMs ?? 3_600_000;
  return {
    async send(punch) {
      const employee = findEmployee(options.directory(), punch.employeeCode);
      if (!employee) {
        throw new PunchSendError({
          reason: `employee ${punch.employeeCode} is not in KING OF TIME's employee list: check the 打刻先アカウント in the linking CSV, or wait for the list's next refresh`,
          reasonCode: 'UNKNOWN_EMPLOYEE',
          reasonDetail: { code: 'unknown-employee', values: { employeeCode: punch.employeeCode } },
          retryable: true,
          maybeApplied: false,
          scope: 'punch',
          retryAt: new Date(now().getTime() + retryMs),
        });
      }
      try {
        await client.timerecords.create(employee.key, {
          date: punch.workday,
          time: punch.at,
          code: punch.kind,
        });
      } catch (error) {
        throw toPunchSendError(error);
      }
    },

    async recorded(query) {
      const directory = options.directory();
      const keys = new Map<string, string>();
      const unknown: string[] = [];
      for (const code of query.employeeCodes) {
        const employee = findEmployee(directory, code);
        if (employee) keys.set(employee.key, code);
        else unknown.push(code);
      }
      // Without a key KOT cannot be asked; answering "none recorded" would resend a punch that
      // may be there. Said for these employees alone, so that the others can still be read.
      if (unknown.length > 0) {
        throw new PunchReadError({
          reason: `employee${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')} ${
            unknown.length === 1 ? 'is' : 'are'
          } not in KING OF TIME's employee list, so ${unknown.length === 1 ? 'its' : 'their'} punches cannot be read: check the 打刻先アカウント in the linking CSV, or wait for the list's next refresh`,
          reasonCode: 'UNKNOWN_EMPLOYEE',
          reasonDetail: {
            code: 'unknown-employees',
            values: { employeeCodes: unknown.join(', '), count: unknown.length },
          },
          retryAt: new Date(now().getTime() + retryMs),
          employeeCodes: unknown,
        });
      }
      let days: Awaited<ReturnType<KotClient['timerecords']['list']>>;
      try {
        days = await client.timerecords.list({
          start: query.from,
          end: query.to,
          employeeKeys: [...keys.keys()],
        });
      } catch (error) {
        throw new PunchReadError({
          reason: error instanceof Error ? error.message : String(error),
          ...(KotError.isInstance(error) ? { reasonCode: error.code } : {}),
          ...(KotError.isInstance(error) && kotErrorDetail(error)
            ? { reasonDetail: kotErrorDetail(error) }
            : {}),
          ...(KotRestrictedHoursError.isInstance(error) || KotRateLimitError.isInstance(error)
            ? { retryAt: error.retryAt }
            : {}),
          cause: error,
        });
      }
      const recorded: RecordedPunch[] = [];
      for (const day of days) {
        for (const working of day.dailyWorkings) {
          const employeeCode = keys.get(working.employeeKey);
          if (employeeCode === undefined) continue;
          for (const record of working.timeRecord) {
            const at = new Date(record.time);
            if (Number.isNaN(at.getTime())) continue;
            recorded.push({
              employeeCode,
              workday: working.date || day.date,
              kind: KIND_BY_CODE[record.code],
              at,
            });
          }
        }
      }
      return recorded;
    },
  };
}

/**
 * How long after a 5xx answer to a punch an uncertain punch settles: KING OF TIME has finished
 * with the request when it answers; ten seconds leave room for its reads to catch up.
 */
const ANSWERED_SETTLE_MS = 10_000;

/** Maps an error of `timerecords.create` onto the core's `PunchSendError`; see {@link createKotPunchSink}. */
export function toPunchSendError(error: unknown): PunchSendError {
  if (!KotError.isInstance(error)) {
    // Not the client's own error: the request may have gone out. Never guess "not applied".
    return PunchSendError.unexpected(error);
  }
  const detail = kotErrorDetail(error);
  const base = {
    reason: error.message,
    reasonCode: error.code,
    ...(detail ? { reasonDetail: detail } : {}),
    cause: error,
  };
  if (KotRateLimitError.isInstance(error) || KotRestrictedHoursError.isInstance(error)) {
    return new PunchSendError({
      ...base,
      retryable: true,
      maybeApplied: false,
      scope: 'sink',
      retryAt: error.retryAt,
    });
  }
  if (isCredentialError(error)) {
    return new PunchSendError({ ...base, retryable: true, maybeApplied: false, scope: 'sink' });
  }
  switch (error.code) {
    case 'KOT_TIMEOUT':
    case 'KOT_CONNECTION_FAILED':
    case 'KOT_SERVER_ERROR': {
      // One request's failure: this punch alone waits; only several in a row mean an outage.
      const status = (error as { status?: unknown }).status;
      // KING OF TIME's own 500, or a 503 (no server took the request), ends all work on it, so
      // a read soon after shows the punch if it was stored. No answer, a 502 (a gateway lost
      // the server's answer) or a 504 (a gateway gave up waiting) may leave KOT still working
      // on it: the full settle time.
      const answered = status === 500 || status === 503;
      return new PunchSendError({
        ...base,
        retryable: true,
        maybeApplied: error.maybeApplied,
        scope: 'punch',
        transient: true,
        ...(answered ? { settleMs: ANSWERED_SETTLE_MS } : {}),
      });
    }
    case 'KOT_INVALID_RESPONSE':
      // KOT answered with success but the body does not parse: the punch is most likely there.
      return new PunchSendError({ ...base, retryable: true, maybeApplied: true, scope: 'punch' });
    case 'KOT_BAD_REQUEST':
    case 'KOT_NOT_FOUND':
    case 'KOT_INVALID_INPUT':
      return new PunchSendError({ ...base, retryable: false, maybeApplied: false, scope: 'punch' });
    default:
      return new PunchSendError({
        ...base,
        retryable: error.maybeApplied,
        maybeApplied: error.maybeApplied,
        scope: 'punch',
      });
  }
}
