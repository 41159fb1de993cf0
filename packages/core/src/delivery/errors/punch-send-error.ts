import { brand, hasBrand } from '../../ledger/internal/brand.js';
import type { ReasonDetail } from '../../ledger/reason-detail.js';

/** What a {@link PunchSendError} is built from. */
export interface PunchSendErrorInit {
  /** What went wrong, for people (kept in the ledger as the punch's `reason`; never a secret). */
  reason: string;
  /**
   * Whether trying the same punch again later can succeed (rate limit, server error, network,
   * a refused token that an administrator can fix); `false` when the punch itself was refused
   * (e.g. KING OF TIME rejected its fields or does not know the employee).
   */
  retryable: boolean;
  /**
   * Whether KING OF TIME may have applied the punch although the call failed (the request was
   * sent but no answer came, or the server failed with 5xx). Such a punch becomes `uncertain`
   * and is only sent again after reconciliation proved it absent.
   */
  maybeApplied: boolean;
  /** When to try again, if known (e.g. `Retry-After`, the end of a restricted window). */
  retryAt?: Date;
  /**
   * `sink` when the failure is not about this punch (rate limit, server down, network, token):
   * the delivery round stops instead of failing every other punch the same way; `punch` when
   * other punches may still go through.
   * @default retryable ? 'sink' : 'punch'
   */
  scope?: 'punch' | 'sink';
  /** The underlying error's machine-readable code (e.g. `KOT_RATE_LIMITED`), kept in the ledger. */
  reasonCode?: string;
  /** {@link PunchSendErrorInit.reason} as a code and values, for messages in other languages (kept in the ledger). */
  reasonDetail?: ReasonDetail;
  /**
   * Whether this is a failure of the request rather than of the punch or of the whole sink: no
   * answer, a dropped connection, a timeout, a 5xx answer. With `scope: 'punch'` the round goes
   * on with the other punches, and only several in a row (the circuit breaker) pause
   * delivery as an outage.
   * @default false
   */
  transient?: boolean;
  /**
   * For a failure that may have been applied (`maybeApplied`): how long after it (ms) the
   * attendance system shows the punch if it was applied, so that a read which does not find it
   * then proves it absent. Short when the server answered (its work on the request is over),
   * long when no answer came (it may still be working on it).
   * @default the reconciliation's `settleMs`
   */
  settleMs?: number;
  /** The underlying error. */
  cause?: unknown;
}

/**
 * The error a {@link PunchSink} throws when a punch was not (certainly) delivered. The
 * delivery loop reads only these facts:
 *
 * | retryable | maybeApplied | the punch becomes |
 * |---|---|---|
 * | any | `true` | `uncertain`: reconciled against KING OF TIME before any resend |
 * | `true` | `false` | `planned` again, not before `retryAt` (or a backoff) |
 * | `false` | `false` | `failed`, with the reason |
 *
 * Any other error thrown by a sink counts as `{ retryable: true, maybeApplied: true, scope: 'sink' }`:
 * when in doubt, never send twice.
 *
 * @example
 * ```ts
 * // in a KOT sink: a dropped connection after the request was written
 * throw new PunchSendError({ reason: error.message, retryable: true, maybeApplied: true, reasonCode: error.code });
 * ```
 */
export class PunchSendError extends Error {
  override readonly name: string = 'PunchSendError';
  /** Always `PUNCH_SEND_FAILED`; the underlying code is {@link PunchSendError.reasonCode}. */
  readonly code = 'PUNCH_SEND_FAILED' as const;
  /** See {@link PunchSendErrorInit.reason}. */
  readonly reason: string;
  /** See {@link PunchSendErrorInit.retryable}. */
  readonly retryable: boolean;
  /** See {@link PunchSendErrorInit.maybeApplied}. */
  readonly maybeApplied: boolean;
  /** See {@link PunchSendErrorInit.retryAt}. */
  readonly retryAt: Date | undefined;
  /** See {@link PunchSendErrorInit.scope}. */
  readonly scope: 'punch' | 'sink';
  /** See {@link PunchSendErrorInit.reasonCode}. */
  readonly reasonCode: string | undefined;
  /** See {@link PunchSendErrorInit.reasonDetail}. */
  readonly reasonDetail: ReasonDetail | undefined;
  /** See {@link PunchSendErrorInit.transient}. */
  readonly transient: boolean;
  /** See {@link PunchSendErrorInit.settleMs}. */
  readonly settleMs: number | undefined;

  /** @param init - the facts of the failure */
  constructor(init: PunchSendErrorInit) {
    super(init.reason, init.cause === undefined ? undefined : { cause: init.cause });
    this.reason = init.reason;
    this.retryable = init.retryable;
    this.maybeApplied = init.maybeApplied;
    this.retryAt = init.retryAt;
    this.scope = init.scope ?? (init.retryable ? 'sink' : 'punch');
    this.reasonCode = init.reasonCode;
    this.reasonDetail = init.reasonDetail;
    this.transient = init.transient ?? false;
    this.settleMs = init.settleMs;
    brand(this, 'PunchSendError');
  }

  /**
   * What a sink's failure that is not a {@link PunchSendError} means: the request may have gone
   * out, so the punch may be held (never guess "not applied"), and it is retried after a look.
   */
  static unexpected(error: unknown): PunchSendError {
    const message = error instanceof Error ? error.message : String(error);
    return new PunchSendError({
      reason: `unexpected failure, KING OF TIME may hold the punch: ${message}`,
      reasonDetail: { code: 'unexpected-failure', values: { message } },
      retryable: true,
      maybeApplied: true,
      scope: 'sink',
      cause: error,
    });
  }

  /** Whether `value` is a {@link PunchSendError} from any copy of this package. */
  static isInstance(value: unknown): value is PunchSendError {
    return hasBrand(value, 'PunchSendError');
  }
}
