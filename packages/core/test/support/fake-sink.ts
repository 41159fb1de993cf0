import { PunchReadError } from '../../src/delivery/errors/punch-read-error.js';
import type { PunchSink, RecordedPunch, RecordedPunchQuery } from '../../src/delivery/punch-sink.js';
import type { PlannedPunch } from '../../src/punches/planned-punch.js';

/**
 * What the fake attendance system does with one send: `ok`; `apply` then throw (the answer was
 * lost); or throw without applying.
 */
export type SendBehaviour = { apply: boolean; error?: unknown };

/**
 * A faithful stand-in for KING OF TIME's punch API: every send that applies adds a punch (the
 * POST is not idempotent), reads return what it holds. Behaviours are scripted per send.
 */
export class FakeSink implements PunchSink {
  /** What the attendance system holds. */
  readonly held: RecordedPunch[] = [];
  /** Every send call, in order. */
  readonly sends: PlannedPunch[] = [];
  /** Every read, in order. */
  readonly reads: RecordedPunchQuery[] = [];
  /** Behaviours of the next sends (default: apply and answer). */
  readonly script: SendBehaviour[] = [];
  /** When set, reads throw it. */
  readError: unknown;
  /**
   * Employees the attendance system does not know: a read including any of them fails for them
   * alone (a {@link PunchReadError} naming them), as the agent's KING OF TIME sink does.
   */
  readonly unknownEmployees = new Set<string>();
  /** Called inside send, before anything is applied (to look at the ledger mid-request). */
  onSend: ((punch: PlannedPunch) => void) | undefined;

  async send(punch: PlannedPunch): Promise<void> {
    this.sends.push(punch);
    this.onSend?.(punch);
    const behaviour = this.script.shift() ?? { apply: true };
    if (behaviour.apply) {
      this.held.push({
        employeeCode: punch.employeeCode,
        workday: punch.workday,
        kind: punch.kind,
        at: punch.at,
      });
    }
    if (behaviour.error !== undefined) throw behaviour.error;
  }

  async recorded(query: RecordedPunchQuery): Promise<readonly RecordedPunch[]> {
    this.reads.push(query);
    if (this.readError !== undefined) throw this.readError;
    const unknown = query.employeeCodes.filter((code) => this.unknownEmployees.has(code));
    if (unknown.length > 0) {
      throw new PunchReadError({
        reason: `employee ${unknown.join(', ')} unknown`,
        reasonCode: 'UNKNOWN_EMPLOYEE',
        employeeCodes: unknown,
      });
    }
    return this.held.filter(
      (p) => query.employeeCodes.includes(p.employeeCode) && p.workday >= query.from && p.workday <= query.to,
    );
  }

  /** How many times the attendance system holds this punch. */
  count(punch: Pick<PlannedPunch, 'employeeCode' | 'workday' | 'kind' | 'at'>): number {
    return this.held.filter(
      (p) =>
        p.employeeCode === punch.employeeCode &&
        p.workday === punch.workday &&
        p.kind === punch.kind &&
        p.at.getTime() === punch.at.getTime(),
    ).length;
  }
}
