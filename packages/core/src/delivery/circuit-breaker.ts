import type { ReasonDetail } from '../ledger/reason-detail.js';

/** Settings of {@link createCircuitBreaker}. */
export interface CircuitBreakerOptions {
  /**
   * Consecutive transient failures (no answer, a dropped connection, a timeout, a 5xx answer)
   * after which the attendance system is taken to be down. Five: with one request in twenty
   * failing at random (a bad minute of a proxy), five in a row happen about once in 3 million
   * punches, while a real outage is recognised within five requests.
   * @default 5
   */
  failureThreshold?: number;
  /**
   * The first wait before a probe after the breaker opened (ms). Ten seconds: a restarting
   * server or a proxy failover is usually back by then.
   * @default 10000
   */
  openMs?: number;
  /**
   * The longest wait between two probes (ms): each failed probe doubles the wait up to this.
   * Five minutes: a long outage costs one request per five minutes, and the punches go out at
   * most five minutes after KING OF TIME is back.
   * @default 300000
   */
  maxOpenMs?: number;
}

/** What the breaker says about sending now. */
export type CircuitState =
  /** Send as usual. */
  | { state: 'closed' }
  /** The attendance system looks down: send nothing until `until`. */
  | { state: 'open'; until: Date; reason: string; detail?: ReasonDetail }
  /** The wait is over: send one request (a probe); its outcome closes or re-opens the breaker. */
  | { state: 'half-open'; reason: string; detail?: ReasonDetail };

/**
 * A circuit breaker for one sink: counts consecutive transient failures of single requests; at
 * {@link CircuitBreakerOptions.failureThreshold} it opens (an outage), and delivery sends
 * nothing until a probe time that grows from `openMs` to `maxOpenMs` with every failed probe.
 * A success closes it and resets the wait. Keep one per sink for the life of the process, so
 * that one round's outage is remembered by the next.
 */
export interface CircuitBreaker {
  /** The state at `now`. */
  check(now: Date): CircuitState;
  /** A request succeeded (or was answered in a way that shows the system is up). */
  succeeded(): void;
  /**
   * A request failed transiently; returns the state after it (open when this failure opened
   * the breaker, or when a probe failed).
   */
  failed(now: Date, reason: string, detail?: ReasonDetail): CircuitState;
}

/**
 * Creates a {@link CircuitBreaker}.
 *
 * @example
 * ```ts
 * const breaker = createCircuitBreaker();
 * await deliverDuePunches({ store, sink, breaker }); // pass the same one to every round
 * ```
 */
export function createCircuitBreaker(options: CircuitBreakerOptions = {}): CircuitBreaker {
  const threshold = Math.max(1, options.failureThreshold ?? 5);
  const openMs = Math.max(0, options.openMs ?? 10_000);
  const maxOpenMs = Math.max(openMs, options.maxOpenMs ?? 300_000);
  let consecutive = 0;
  /** How many times in a row it opened without a success in between. */
  let opened = 0;
  let until: number | undefined;
  let reason = '';
  let detail: ReasonDetail | undefined;

  const state = (now: Date): CircuitState => {
    if (until === undefined) return { state: 'closed' };
    if (now.getTime() < until)
      return { state: 'open', until: new Date(until), reason, ...(detail ? { detail } : {}) };
    return { state: 'half-open', reason, ...(detail ? { detail } : {}) };
  };

  return {
    check: state,
    succeeded() {
      consecutive = 0;
      opened = 0;
      until = undefined;
    },
    failed(now, why, whyDetail) {
      consecutive++;
      reason = why;
      detail = whyDetail;
      // A failed probe re-opens at once; otherwise open at the threshold.
      if (until !== undefined || consecutive >= threshold) {
        const wait = Math.min(maxOpenMs, openMs * 2 ** Math.min(opened, 30));
        opened++;
        until = now.getTime() + wait;
      }
      return state(now);
    },
  };
}
