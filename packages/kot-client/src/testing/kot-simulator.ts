import type { KotSimulatorEmployee, KotSimulatorEmployeeInput } from './kot-simulator-employee.js';
import type { KotSimulatorFaults } from './kot-simulator-fault.js';
import type { KotSimulatorSettings } from './kot-simulator-options.js';
import type { KotSimulatorDivision } from './kot-simulator-organisation.js';
import type { KotSimulatorRequestListener } from './kot-simulator-request-listener.js';
import type { KotSimulatorRequestRecord } from './kot-simulator-request-record.js';
import type {
  KotSimulatorErrorDay,
  KotSimulatorTimerecord,
  KotSimulatorTimerecordInput,
} from './kot-simulator-timerecord.js';

/** A running simulator: a KING OF TIME Web API on 127.0.0.1 with inspectable in-memory state. */
export interface KotSimulator {
  /** Base URL to give a client, e.g. `http://127.0.0.1:54321/v1.0`. */
  readonly baseUrl: string;
  /** The port it listens on. */
  readonly port: number;
  /** The access token currently valid (changes after `POST /tokens/{token}`; empty after `DELETE`). */
  readonly token: string;
  /** Fault injection. */
  readonly faults: KotSimulatorFaults;
  /** Every request received, in order (tokens redacted). */
  readonly requests: readonly KotSimulatorRequestRecord[];
  /** The current employees (copies). */
  readonly employees: readonly KotSimulatorEmployee[];
  /** The divisions (copies). */
  readonly divisions: readonly KotSimulatorDivision[];
  /**
   * Stored punches in arrival order, optionally for one employee (key or code) and working day.
   * @example sim.timerecords('0001', '2024-02-07')
   */
  timerecords(employee?: string, date?: string): KotSimulatorTimerecord[];
  /** Working days KOT would flag as error days (エラー勤務), sorted by date and employee code. */
  errorDays(): KotSimulatorErrorDay[];
  /** Add an employee; throws `KotSimulatorOptionsError` if it is invalid or its code or key is taken. */
  addEmployee(employee: KotSimulatorEmployeeInput): KotSimulatorEmployee;
  /** Store a punch directly, as if it had been made earlier (same duplicate rules as the POST). */
  addTimerecord(record: KotSimulatorTimerecordInput): KotSimulatorTimerecord;
  /**
   * Watch requests as they are handled. The listener is called with phase `'received'` once the
   * whole request has arrived (before any fault, check or change), and with `'applied'` right
   * after a punch POST stored its punch (before the answer is written or a `drop-after-apply`
   * fault drops the connection); reads, refused punches and other writes have no `'applied'`.
   * Paths are redacted as in `requests`; a request enters `requests` once it is answered or
   * dropped (a hung one on arrival), so not yet while a listener holds it.
   *
   * If the listener returns a promise, that request waits until it settles, so a test can kill a
   * client process at an exact point of a punch POST and only then let the simulator go on. It
   * goes on whether or not the client is still there, as a server that has the whole request
   * would: to lose a punch before it is stored, queue a `drop-before-apply` fault instead.
   * A listener that throws or rejects never breaks the simulator; its error becomes a process
   * warning (`code: 'KOT_SIMULATOR_LISTENER_FAILED'`). Listeners stay through `reset()`.
   *
   * @returns a function that unsubscribes the listener (calling it twice is harmless)
   * @example
   * ```ts
   * const stop = sim.onRequest(async (request, phase) => {
   *   if (phase === 'applied' && request.timerecord?.code === '1') {
   *     child.kill('SIGKILL'); // the punch is stored, the answer not yet sent
   *     await once(child, 'exit');
   *   }
   * });
   * // … run the child …
   * stop();
   * ```
   */
  onRequest(listener: KotSimulatorRequestListener): () => void;
  /** Replace the clock. */
  setClock(clock: () => Date): void;
  /** Change settings while running; omitted ones stay as they are. */
  configure(settings: KotSimulatorSettings): void;
  /** Back to the seed: employees, punches, token, settings, faults, request log and rate-limit bucket. */
  reset(): void;
  /** Stop listening and destroy every open connection (hanging ones included). Safe to call twice. */
  close(): Promise<void>;
}
