import type { KotSimulatorFaultKind } from './kot-simulator-fault.js';

/** One request the simulator received, as kept in `sim.requests`. */
export interface KotSimulatorRequestRecord {
  /** HTTP method. */
  readonly method: string;
  /** Path and query below the host, e.g. `/v1.0/employees?division=1000`; a token in the path reads `***`. */
  readonly path: string;
  /** The status answered; absent when the connection was dropped or left hanging. */
  readonly status?: number;
  /** `'answered'`, `'dropped'` (socket destroyed), `'hung'` (never answered) or `'stalled'` (headers sent, the body never finished). */
  readonly outcome: 'answered' | 'dropped' | 'hung' | 'stalled';
  /** The injected fault that shaped this answer, if any. */
  readonly fault?: KotSimulatorFaultKind;
  /** When it arrived, by the simulator's clock. */
  readonly at: Date;
}
