import type { KotSimulatorErrorReason, KotSimulatorTimerecord } from '../kot-simulator-timerecord.js';

/**
 * Why KOT would flag one employee's working day as an error day (エラー勤務), from its punches.
 * A day still in progress (clock-in without clock-out, break not yet ended) is not an error.
 */
export function errorReasons(punches: readonly KotSimulatorTimerecord[]): KotSimulatorErrorReason[] {
  const count = (code: string) => punches.filter((punch) => punch.code === code).length;
  const clockIns = punches.filter((punch) => punch.code === '1');
  const clockOuts = punches.filter((punch) => punch.code === '2');
  const reasons: KotSimulatorErrorReason[] = [];
  if (clockIns.length > 1) reasons.push('duplicate-clock-in');
  if (clockOuts.length > 1) reasons.push('duplicate-clock-out');
  if (clockOuts.length > 0 && clockIns.length === 0) reasons.push('clock-out-without-clock-in');
  if (
    clockIns.length === 1 &&
    clockOuts.length === 1 &&
    clockOuts[0]!.at.getTime() < clockIns[0]!.at.getTime()
  ) {
    reasons.push('clock-out-before-clock-in');
  }
  if (clockOuts.length > 0 && count('3') !== count('4')) reasons.push('unpaired-break');
  return reasons;
}
