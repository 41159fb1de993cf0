import type { KotSimulatorRateLimit } from '../kot-simulator-options.js';

/** A token bucket driven by the simulator's clock (so tests advance time instead of sleeping). */
export class RateLimiter {
  private tokens: number;
  private last: number | undefined;

  constructor(private readonly limit: KotSimulatorRateLimit) {
    this.tokens = this.capacity;
  }

  private get capacity(): number {
    return this.limit.burst ?? Math.max(1, Math.floor(this.limit.requestsPerSecond));
  }

  /** Take one token at `now`; false when the bucket is empty. */
  take(now: Date): boolean {
    const time = now.getTime();
    if (this.last !== undefined && time > this.last) {
      this.tokens = Math.min(
        this.capacity,
        this.tokens + ((time - this.last) / 1000) * this.limit.requestsPerSecond,
      );
    }
    if (this.last === undefined || time > this.last) this.last = time;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
