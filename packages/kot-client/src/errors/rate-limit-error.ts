import { brand, hasBrand } from '../internal/brand.js';
import { KotApiError, type KotApiErrorInit } from './api-error.js';

/** What a {@link KotRateLimitError} is built from. */
export interface KotRateLimitErrorInit extends KotApiErrorInit {
  /** How long KING OF TIME asked to wait (from `Retry-After`), in milliseconds, if it said. */
  retryAfterMs?: number;
  /** When to try again: now + the wait KING OF TIME asked for, or the client's own estimate. */
  retryAt: Date;
}

/**
 * KING OF TIME answered "Too Many Requests": HTTP 429, or a body `{"code":"303"}`. The client
 * already retried (and slowed its own request rate); {@link retryAt} says when to try again.
 */
export class KotRateLimitError extends KotApiError {
  override readonly name: string = 'KotRateLimitError';
  /** The wait KING OF TIME asked for in `Retry-After`, in milliseconds; `undefined` when it gave none. */
  readonly retryAfterMs: number | undefined;
  /** When to try again. */
  readonly retryAt: Date;

  /** @param init - the facts of the refusal */
  constructor(init: KotRateLimitErrorInit) {
    super(
      {
        ...init,
        message:
          init.message ??
          `KING OF TIME answered ${init.method} ${init.path} with Too Many Requests (HTTP ${init.status})${
            init.retryAfterMs === undefined
              ? ''
              : `; it asked to wait ${Math.ceil(init.retryAfterMs / 1000)} s`
          }`,
      },
      'KOT_RATE_LIMITED',
    );
    this.retryAfterMs = init.retryAfterMs;
    this.retryAt = init.retryAt;
    brand(this, 'KotRateLimitError');
  }

  /** Whether `value` is a {@link KotRateLimitError} from any copy of this package. */
  static override isInstance(value: unknown): value is KotRateLimitError {
    return hasBrand(value, 'KotRateLimitError');
  }
}
