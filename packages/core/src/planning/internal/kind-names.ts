import type { PunchKind } from '../../punches/punch-kind.js';

/** KOT's Japanese names of the punches, for messages. */
export const kindNames: Readonly<Record<PunchKind, string>> = {
  clockIn: '出勤',
  clockOut: '退勤',
  breakStart: '休憩開始',
  breakEnd: '休憩終了',
};
