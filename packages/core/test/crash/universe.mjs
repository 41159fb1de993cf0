import { punchId } from '../../dist/index.js';

/** The employee KING OF TIME does not know: its punches fail for good. */
export const unknownEmployee = 'E99';

const employees = ['E01', 'E02', 'E03', 'E04', 'E05', 'E06', 'E07', 'E08', 'E09', 'E10', unknownEmployee];
const days = ['2024-02-05', '2024-02-06', '2024-02-07', '2024-02-08', '2024-02-09', '2024-02-10'];

function planned(employeeCode, workday, kind, seq, hour, minute) {
  const at = new Date(
    `${workday}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:17+09:00`,
  );
  return { id: punchId(employeeCode, workday, kind, seq), employeeCode, workday, kind, seq, at };
}

/**
 * What the crash test's source "reads": one batch per working day and half of the employees,
 * each planning the day's 出勤, 退勤 and, for some, a break pair.
 */
export function batches() {
  const result = [];
  for (const day of days) {
    for (const half of [employees.slice(0, 6), employees.slice(6)]) {
      result.push(
        half.flatMap((code, i) => [
          planned(code, day, 'clockIn', 0, 8, i * 3),
          planned(code, day, 'clockOut', 0, 18, i * 3),
          ...(i % 3 === 0
            ? [planned(code, day, 'breakStart', 1, 12, i), planned(code, day, 'breakEnd', 1, 12, 45 + i)]
            : []),
        ]),
      );
    }
  }
  return result;
}
