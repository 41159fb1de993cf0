import type { KotSimulatorFaultKind } from './kot-simulator-fault.js';
import type { KotSimulatorTimerecord } from './kot-simulator-timerecord.js';

/**
 * When a request listener is called:
 * - `'received'`: the whole request (headers and body) has arrived; nothing is applied or
 *   answered yet, not even an injected fault. Every request goes through it, once.
 * - `'applied'`: a punch POST stored its punch; the answer is not written yet (nor the
 *   connection dropped by a `drop-after-apply` fault). Only requests that stored a punch go
 *   through it: refused punches, reads and other writes never do.
 */
export type KotSimulatorRequestPhase = 'received' | 'applied';

/** A request as a listener sees it while it is handled. */
export interface KotSimulatorObservedRequest {
  /** HTTP method, upper case. */
  readonly method: string;
  /**
   * Path and query below the host, e.g. `/v1.0/daily-workings/timerecord/7785…`; a token in the
   * path reads `***`, as in `sim.requests`.
   */
  readonly path: string;
  /** When it arrived, by the simulator's clock. */
  readonly at: Date;
  /** The parsed JSON body (a copy); absent when there was none or it was not JSON. */
  readonly body?: unknown;
  /** The fault injected into this request, if any (faults are chosen on arrival). */
  readonly fault?: KotSimulatorFaultKind;
  /** In the `'applied'` phase: the punch just stored (a copy). */
  readonly timerecord?: KotSimulatorTimerecord;
}

/**
 * Called by `sim.onRequest` for each phase of each request. If it returns a promise, the
 * simulator waits for it before going on with that request (other requests are not held), so a
 * test can stop a client process at an exact point and only then let the answer go out. A
 * listener that throws or rejects does not break the simulator: the request goes on as if the
 * listener had returned, and the error is reported as a process warning
 * (`code: 'KOT_SIMULATOR_LISTENER_FAILED'`).
 */
export type KotSimulatorRequestListener = (
  request: KotSimulatorObservedRequest,
  phase: KotSimulatorRequestPhase,
) => void | Promise<void>;
