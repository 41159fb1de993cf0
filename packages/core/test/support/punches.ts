import { type PlannedPunch, punchId } from '../../src/punches/planned-punch.js';
import type { PunchKind } from '../../src/punches/punch-kind.js';

/** A planned punch for tests: `punch('0001', '2024-02-07', 'clockIn', '2024-02-07T09:03:12+09:00')`. */
export function punch(
  employeeCode: string,
  workday: string,
  kind: PunchKind,
  at: string,
  seq = 0,
): PlannedPunch {
  return {
    id: punchId(employeeCode, workday, kind, seq),
    employeeCode,
    workday,
    kind,
    seq,
    at: new Date(at),
  };
}

/** A clock whose time moves only when told to. */
export function manualClock(start = '2024-02-07T12:00:00Z') {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
    set(iso: string) {
      now = new Date(iso).getTime();
    },
  };
}
