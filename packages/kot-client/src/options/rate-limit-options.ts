/**
 * The client-side request-rate limit: a token bucket that lets `burst` requests through at
 * once and then `requestsPerSecond`. KING OF TIME does not publish its limit, so the default
 * is conservative. After a "Too Many Requests" answer the rate halves (down to
 * `minRequestsPerSecond`) and the bucket pauses until KING OF TIME's `Retry-After`; it doubles
 * back towards `requestsPerSecond` after each `recoveryMs` without another one.
 *
 * @example
 * ```ts
 * createKotClient({ rateLimit: { requestsPerSecond: 5, burst: 10 } });
 * createKotClient({ rateLimit: false }); // no client-side limit
 * ```
 */
export interface KotRateLimitOptions {
  /**
   * Sustained requests per second.
   * @default 2
   */
  requestsPerSecond?: number;
  /**
   * Requests allowed at once after a quiet period.
   * @default 5
   */
  burst?: number;
  /**
   * The slowest rate the limiter falls to after repeated rate-limit answers.
   * @default 0.2
   */
  minRequestsPerSecond?: number;
  /**
   * Quiet time, in milliseconds, after which a reduced rate doubles again.
   * @default 60000
   */
  recoveryMs?: number;
}
