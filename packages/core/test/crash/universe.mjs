import { punchId } from '../../dist/index.js';
import { mulberry32 } from './mulberry32.mjs';

/** The employee KING OF TIME does not know: its punches fail for good. */
export const unknownEmployee = 'E99';

const employees = ['E01', 'E02', 'E03', 'E04', 'E05', 'E06', 'E07', 'E08', 'E09', 'E10', unknownEmployee];
const days = ['2024-02-05', '2024-02-06', '2024-02-07', '2024-02-08', '2024-02-09', '2024-02-10'];

/** Source accounts: `pc-e01` → `E01`; `guest` is not linked. */
export const resolveEmployee = (account) =>
  account.startsWith('pc-') ? account.slice(3).toUpperCase() : undefined;

const at = (day, hh, mm, ss) =>
  new Date(`${day}T${hh}:${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}+09:00`);

/** One employee's working day: its logs, and the punches they must give. */
function employeeDay(code, day, i) {
  const account = `pc-${code.toLowerCase()}`;
  const logon = at(day, '08', i * 3, 17);
  const logoff = at(day, '18', i * 3, 41);
  const withBreak = i % 3 === 0;
  const lock = at(day, '12', i, 5);
  const unlock = at(day, '12', 45 + i, 9);
  const event = (when, kind, raw) => ({ account, at: when, kind, raw, computer: `PC-${code}` });
  const events = [
    event(logon, 'logon', 'ログオン'),
    event(at(day, '10', i, 0), 'other', 'ユーザー切替(connect)'),
    ...(withBreak ? [event(lock, 'lock', 'ロック'), event(unlock, 'unlock', 'アンロック')] : []),
    event(logoff, 'logoff', 'ログオフ'),
  ];
  const punch = (kind, seq, when) => ({
    id: punchId(code, day, kind, seq),
    employeeCode: code,
    workday: day,
    kind,
    seq,
    at: when,
  });
  const punches = [
    punch('clockIn', 0, logon),
    punch('clockOut', 0, logoff),
    ...(withBreak ? [punch('breakStart', 1, lock), punch('breakEnd', 1, unlock)] : []),
  ];
  return { events, punches };
}

/**
 * What the crash test's source reads, batch by batch (a batch is what one poll of a log folder
 * returns): each holds whole working days of some employees, in shuffled order with repeats, and
 * logs of an account nobody is linked to.
 */
export function batches() {
  const random = mulberry32(7);
  const result = [];
  for (const day of days) {
    for (const half of [employees.slice(0, 6), employees.slice(6)]) {
      const events = half.flatMap((code) => employeeDay(code, day, employees.indexOf(code)).events);
      events.push({ account: 'guest', at: at(day, '13', 0, 0), kind: 'logon', raw: 'ログオン' });
      events.push(events[Math.floor(random() * events.length)]); // a repeated line
      for (let k = events.length - 1; k > 0; k--) {
        const j = Math.floor(random() * (k + 1));
        [events[k], events[j]] = [events[j], events[k]];
      }
      result.push(events);
    }
  }
  return result;
}

/** Every punch KING OF TIME must end up holding (those of the unknown employee end `failed`). */
export function expectedPunches() {
  return days.flatMap((day) => employees.flatMap((code, i) => employeeDay(code, day, i).punches));
}
