import type { PunchKind } from '@pclogin/core';

/** KING OF TIME's names of the punch kinds. */
export const KIND_NAMES: Record<PunchKind, string> = {
  clockIn: '出勤',
  clockOut: '退勤',
  breakStart: '休憩開始',
  breakEnd: '休憩終了',
};
