import type { KotClock } from '../../clock.js';

/** Settings of a {@link TokenBucket}, all required. */
export interface TokenBucketSettings {
  requestsPerSecond: number;
  burst: number;
  minRequestsPerSecond: number;
  recoveryMs: number;
}

/**
 * A token bucket over an injectable clock. Each request takes a token; tokens refill at the
 * current rate up to `burst`. Reservations may drive the count negative: that is the queue,
 * and each caller waits until its own token would have been refilled, so concurrent callers
 * are spaced out fairly. After a rate-limit answer the rate halves and the bucket pauses.
 */
export class TokenBucket {
  readonly #settings: TokenBucketSettings;
  readonly #clock: KotClock;
  #rate: number;
  #tokens: number;
  #updatedAt: number;
  #pausedUntil = 0;
  #lastPenaltyAt = Number.NEGATIVE_INFINITY;

  constructor(settings: TokenBucketSettings, clock: KotClock) {
    this.#settings = settings;
    this.#clock = clock;
    this.#rate = settings.requestsPerSecond;
    this.#tokens = settings.burst;
    this.#updatedAt = clock.now().getTime();
  }

  /** The current rate in requests per second (lower than configured after rate-limit answers). */
  get rate(): number {
    return this.#rate;
  }

  #refill(now: number): void {
    const elapsed = Math.max(0, now - this.#updatedAt);
    this.#tokens = Math.min(this.#settings.burst, this.#tokens + (elapsed / 1000) * this.#rate);
    this.#updatedAt = now;
  }

  /** Takes a token and returns how long to wait before sending, in milliseconds. */
  reserve(): number {
    const now = this.#clock.now().getTime();
    this.#refill(now);
    this.#tokens -= 1;
    const queued = this.#tokens < 0 ? Math.ceil((-this.#tokens / this.#rate) * 1000) : 0;
    return Math.max(queued, this.#pausedUntil - now);
  }

  /** Gives back a token taken by {@link reserve} that will not be used. */
  refund(): void {
    this.#tokens = Math.min(this.#settings.burst, this.#tokens + 1);
  }

  /** After a rate-limit answer: halve the rate, empty the bucket, and pause until `until`. */
  penalize(until: number): void {
    const now = this.#clock.now().getTime();
    this.#refill(now);
    this.#rate = Math.max(this.#settings.minRequestsPerSecond, this.#rate / 2);
    this.#tokens = Math.min(this.#tokens, 0);
    this.#pausedUntil = Math.max(this.#pausedUntil, until);
    this.#lastPenaltyAt = now;
  }

  /** After a successful answer: recover the rate step by step once things have been quiet. */
  succeeded(): void {
    if (this.#rate >= this.#settings.requestsPerSecond) return;
    const now = this.#clock.now().getTime();
    if (now - this.#lastPenaltyAt < this.#settings.recoveryMs) return;
    this.#refill(now);
    this.#rate = Math.min(this.#settings.requestsPerSecond, this.#rate * 2);
    // The next doubling needs another quiet period.
    this.#lastPenaltyAt = now;
  }
}
