/**
 * How failed calls are retried. Reads retry on 408, 429, 5xx, connection failures and
 * timeouts; the 打刻 POST (and other POSTs) only when KING OF TIME certainly did not apply
 * them (connection refused before sending, 429, restricted-hours refusal). Delays grow
 * exponentially from `initialDelayMs` up to `maxDelayMs`, each reduced by up to 25 % at
 * random (jitter) so that many clients do not retry in step.
 *
 * @example
 * ```ts
 * createKotClient({ retry: { maxRetries: 5, maxDelayMs: 20_000 } });
 * createKotClient({ retry: false }); // never retry
 * ```
 */
export interface KotRetryOptions {
  /**
   * Retries after the first attempt.
   * @default 3
   */
  maxRetries?: number;
  /**
   * Delay before the first retry, in milliseconds.
   * @default 500
   */
  initialDelayMs?: number;
  /**
   * Longest computed delay, in milliseconds.
   * @default 8000
   */
  maxDelayMs?: number;
  /**
   * Longest wait the client accepts from KING OF TIME (`Retry-After`, or the end of a
   * restricted window); when asked to wait longer it gives up at once with an error that
   * says when to try again.
   * @default 60000
   */
  maxRetryAfterMs?: number;
}
