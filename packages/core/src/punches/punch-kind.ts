/** The punches pclogin plans. Their KING OF TIME codes: clockIn 1 (出勤), clockOut 2 (退勤), breakStart 3 (休憩開始), breakEnd 4 (休憩終了). */
export const punchKinds = ['clockIn', 'clockOut', 'breakStart', 'breakEnd'] as const;

/** One of {@link punchKinds}. */
export type PunchKind = (typeof punchKinds)[number];
