/**
 * Which requests a fault applies to. Both conditions must hold; an empty match takes every
 * request.
 *
 * @example { method: 'POST', path: '/daily-workings/timerecord' }
 */
export interface KotSimulatorFaultMatch {
  /** HTTP method, case-insensitive. */
  method?: string;
  /**
   * The API path below `/v1.0` without the query, e.g. `/daily-workings/timerecord/…`: a string
   * matches as a prefix, a RegExp is tested against it.
   */
  path?: string | RegExp;
}

/** The kinds of fault the simulator can inject. */
export type KotSimulatorFaultKind =
  | 'status'
  | 'hang'
  | 'delay'
  | 'drop-before-apply'
  | 'drop-after-apply'
  | 'stall-body';

/** Fields every fault shares. */
export interface KotSimulatorFaultBase {
  /** How many matching requests it affects before it is used up. @default 1 */
  times?: number;
  /** Which requests it affects. @default every request */
  match?: KotSimulatorFaultMatch;
}

/**
 * Answer with this status before doing anything (nothing is applied), as a failing gateway or
 * server would.
 */
export interface KotSimulatorStatusFault extends KotSimulatorFaultBase {
  kind: 'status';
  /** HTTP status, 400–599. */
  status: number;
  /**
   * Response body: an object is sent as JSON, a string as is.
   * @default a KOT error body for 500, the HTML page a gateway sends for 502/503/504, and
   * `{"code":"303","message":"Too Many Requests"}` for 429
   */
  body?: unknown;
  /** Extra response headers, e.g. `{ 'retry-after': '2' }`. */
  headers?: Record<string, string>;
}

/** Never answer (until `sim.close()`), for client timeout tests. Nothing is applied. */
export interface KotSimulatorHangFault extends KotSimulatorFaultBase {
  kind: 'hang';
}

/** Wait `ms` real milliseconds, then handle the request normally. Keep it small. */
export interface KotSimulatorDelayFault extends KotSimulatorFaultBase {
  kind: 'delay';
  /** Real milliseconds to wait. */
  ms: number;
}

/** Read the request, then destroy the connection without applying it. */
export interface KotSimulatorDropBeforeApplyFault extends KotSimulatorFaultBase {
  kind: 'drop-before-apply';
}

/** Apply the request (store the punch), then destroy the connection without answering. */
export interface KotSimulatorDropAfterApplyFault extends KotSimulatorFaultBase {
  kind: 'drop-after-apply';
}

/**
 * Apply the request (store the punch), send the status line, the headers and the first byte of
 * the body, then nothing more until `sim.close()`: a server or proxy that stalls mid-answer.
 * A client must give up after its own timeout.
 */
export interface KotSimulatorStallBodyFault extends KotSimulatorFaultBase {
  kind: 'stall-body';
}

/** A fault to inject with `sim.faults.add(…)`. */
export type KotSimulatorFault =
  | KotSimulatorStatusFault
  | KotSimulatorHangFault
  | KotSimulatorDelayFault
  | KotSimulatorDropBeforeApplyFault
  | KotSimulatorDropAfterApplyFault
  | KotSimulatorStallBodyFault;

/** A fault the random mode may pick: a kind with its default settings, or a full fault without `times`/`match`. */
export type KotSimulatorRandomFaultChoice =
  | KotSimulatorFaultKind
  | Omit<KotSimulatorStatusFault, 'times' | 'match'>
  | Omit<KotSimulatorHangFault, 'times' | 'match'>
  | Omit<KotSimulatorDelayFault, 'times' | 'match'>
  | Omit<KotSimulatorDropBeforeApplyFault, 'times' | 'match'>
  | Omit<KotSimulatorDropAfterApplyFault, 'times' | 'match'>
  | Omit<KotSimulatorStallBodyFault, 'times' | 'match'>;

/** Settings of the probability-based fault mode. */
export interface KotSimulatorRandomFaults {
  /** Seed of the pseudo-random generator: the same seed and requests give the same faults. */
  seed: number;
  /** Probability (0–1) that a matching request gets a fault. */
  rate: number;
  /**
   * The faults to pick from, uniformly. The kind `'status'` alone means 500, 502 or 503;
   * `'delay'` alone means 1–20 ms.
   * @default ['status', 'drop-before-apply', 'drop-after-apply']
   */
  kinds?: readonly KotSimulatorRandomFaultChoice[];
  /** Which requests may get a fault. @default every request */
  match?: KotSimulatorFaultMatch;
}

/** A fault that was injected, as kept in `sim.faults.injected`. */
export interface KotSimulatorInjectedFault {
  /** The fault's kind. */
  readonly kind: KotSimulatorFaultKind;
  /** The status answered, for `'status'` faults. */
  readonly status?: number;
  /** Method of the affected request. */
  readonly method: string;
  /** API path of the affected request (token redacted). */
  readonly path: string;
  /** `'queued'` from `add`, `'random'` from the random mode. */
  readonly origin: 'queued' | 'random';
  /** When, by the simulator's clock. */
  readonly at: Date;
}

/** Fault injection, as `sim.faults`. */
export interface KotSimulatorFaults {
  /**
   * Queue a fault; queued faults are tried in order, the first that matches is used.
   * @example sim.faults.add({ kind: 'drop-after-apply', match: { method: 'POST' } })
   */
  add(fault: KotSimulatorFault): void;
  /**
   * Turn on (or, with `null`, off) the probability-based mode. Queued faults take precedence.
   * @example sim.faults.random({ seed: 42, rate: 0.2 })
   */
  random(settings: KotSimulatorRandomFaults | null): void;
  /** Remove every queued fault and turn the random mode off. */
  clear(): void;
  /** Queued faults not yet used up, with what is left of `times`. */
  readonly pending: readonly KotSimulatorFault[];
  /** Every fault injected so far. */
  readonly injected: readonly KotSimulatorInjectedFault[];
}
