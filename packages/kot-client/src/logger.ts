/** Facts shared by every {@link KotLogEvent}. Never headers, bodies or tokens. */
export interface KotLogEventBase {
  /** When, from the client's clock. */
  at: Date;
  /** The operation called, e.g. `employees.list`. */
  operation: string;
  /** The HTTP method. */
  method: string;
  /** The request path, with any token replaced by `[REDACTED]`. */
  path: string;
}

/** A request is about to be sent. */
export interface KotRequestLogEvent extends KotLogEventBase {
  /** The event kind. */
  type: 'request';
  /** 1 for the first attempt, 2 for the first retry, … */
  attempt: number;
}

/** An HTTP response arrived (any status). */
export interface KotResponseLogEvent extends KotLogEventBase {
  /** The event kind. */
  type: 'response';
  /** The attempt this answers. */
  attempt: number;
  /** The HTTP status. */
  status: number;
  /** How long the attempt took, in milliseconds. */
  durationMs: number;
}

/** The client waits before sending: its rate limiter, or KING OF TIME's `Retry-After`. */
export interface KotWaitLogEvent extends KotLogEventBase {
  /** The event kind. */
  type: 'wait';
  /** Why. */
  reason: 'rate-limit';
  /** How long, in milliseconds. */
  delayMs: number;
}

/** An attempt failed and will be retried after `delayMs`. */
export interface KotRetryLogEvent extends KotLogEventBase {
  /** The event kind. */
  type: 'retry';
  /** The attempt that failed. */
  attempt: number;
  /** The wait before the next attempt, in milliseconds. */
  delayMs: number;
  /** The `code` of the error that caused the retry, e.g. `KOT_SERVER_ERROR`. */
  errorCode: string;
  /** The HTTP status, if there was a response. */
  status?: number;
}

/** The call failed for good; the error is thrown next. */
export interface KotErrorLogEvent extends KotLogEventBase {
  /** The event kind. */
  type: 'error';
  /** The last attempt (0 when nothing was sent). */
  attempt: number;
  /** The error's class name. */
  errorName: string;
  /** The error's `code`. */
  errorCode: string;
  /** The error's message (redacted). */
  message: string;
  /** The HTTP status, if there was a response. */
  status?: number;
  /** Whether a write may have been applied. */
  maybeApplied: boolean;
}

/** Everything the client reports to a {@link KotLogger}. */
export type KotLogEvent =
  | KotRequestLogEvent
  | KotResponseLogEvent
  | KotWaitLogEvent
  | KotRetryLogEvent
  | KotErrorLogEvent;

/**
 * Receives structured events about requests: start, response, waits, retries, failures.
 * Events carry method, redacted path, status, attempt and duration — never headers, bodies,
 * tokens or proxy credentials. A logger that throws is ignored.
 *
 * @example
 * ```ts
 * const kot = createKotClient({
 *   logger: (event) => console.error(JSON.stringify(event)),
 * });
 * ```
 */
export type KotLogger = (event: KotLogEvent) => void;
