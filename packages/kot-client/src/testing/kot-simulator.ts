import type { KotSimulatorEmployee, KotSimulatorEmployeeInput } from './kot-simulator-employee.js';
import type { KotSimulatorFaults } from './kot-simulator-fault.js';
import type { KotSimulatorSettings } from './kot-simulator-options.js';
import type { KotSimulatorDivision } from './kot-simulator-organisation.js';
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
  /** Replace the clock. */
  setClock(clock: () => Date): void;
  /** Change settings while running; omitted ones stay as they are. */
  configure(settings: KotSimulatorSettings): void;
  /** Back to the seed: employees, punches, token, settings, faults, request log and rate-limit bucket. */
  reset(): void;
  /** Stop listening and destroy every open connection (hanging ones included). Safe to call twice. */
  close(): Promise<void>;
}
