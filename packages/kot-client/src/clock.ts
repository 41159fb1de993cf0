/**
 * Where the client gets the time and how it waits. Retries, rate-limit waits and the
 * restricted-hours check all go through it, so tests (and simulations) can run a whole day of
 * waits instantly. Per-attempt timeouts use real timers, so a clock that never advances
 * cannot make requests hang forever.
 *
 * @example
 * ```ts
 * // A clock that starts at 07:00 Japan time and skips every wait.
 * let now = Date.parse('2024-02-07T07:00:00+09:00');
 * const clock: KotClock = {
 *   now: () => new Date(now),
 *   sleep: async (ms) => { now += ms; },
 * };
 * ```
 */
export interface KotClock {
  /** The current instant. */
  now(): Date;
  /** Resolves after `ms` milliseconds. */
  sleep(ms: number): Promise<void>;
}

/** The real clock: `new Date()` and `setTimeout`. */
export const systemClock: KotClock = Object.freeze({
  now: () => new Date(),
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
});
