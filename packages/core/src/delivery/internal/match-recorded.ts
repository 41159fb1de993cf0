import type { LedgerPunch } from '../../ledger/ledger-punch.js';
import type { RecordedPunch } from '../punch-sink.js';

const minute = (date: Date) => Math.floor(date.getTime() / 60_000);
const key = (p: { employeeCode: string; workday: string; kind: string | undefined }) =>
  `${p.employeeCode}|${p.workday}|${p.kind}`;

/**
 * The ids of the `uncertain` punches the attendance system holds. A recorded punch matches a
 * ledger punch of the same employee, working day and kind in the same minute (the system may
 * drop the seconds pclogin sent; a false "present" only costs a punch that a person can add,
 * a false "absent" would cost a duplicate). Each recorded punch confirms one ledger punch at
 * most, and those already `sent` claim theirs first, so two breaks in one minute need two records.
 */
export function matchRecorded(
  uncertain: readonly LedgerPunch[],
  sent: readonly LedgerPunch[],
  recorded: readonly RecordedPunch[],
): Set<string> {
  const available = new Map<string, number[]>();
  for (const record of recorded) {
    if (record.kind === undefined) continue;
    const list = available.get(key(record)) ?? [];
    list.push(minute(record.at));
    available.set(key(record), list);
  }
  const claim = (punch: LedgerPunch): boolean => {
    const list = available.get(key(punch));
    const index = list?.indexOf(minute(punch.at)) ?? -1;
    if (index === -1) return false;
    list!.splice(index, 1);
    return true;
  };
  for (const punch of sent) claim(punch);
  const found = new Set<string>();
  for (const punch of [...uncertain].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (claim(punch)) found.add(punch.id);
  }
  return found;
}
