/**
 * Readable names of KING OF TIME's 打刻 codes, and the codes they stand for:
 * `clockIn` 出勤 `"1"`, `clockOut` 退勤 `"2"`, `breakStart` 休憩開始 `"3"`, `breakEnd` 休憩終了
 * `"4"`, `goingOut` 外出 `"7"`, `goingOutReturn` 外出戻り `"8"`.
 */
export const KOT_PUNCH_CODES = Object.freeze({
  clockIn: '1',
  clockOut: '2',
  breakStart: '3',
  breakEnd: '4',
  goingOut: '7',
  goingOutReturn: '8',
} as const);

/** A readable 打刻 name: `clockIn`, `clockOut`, `breakStart`, `breakEnd`, `goingOut`, `goingOutReturn`. */
export type KotPunchCodeName = keyof typeof KOT_PUNCH_CODES;

/**
 * KING OF TIME's own 打刻 codes, as strings: `'1'`, `'2'`, `'3'`, `'4'`, `'7'`, `'8'`. There is
 * no `'5'` or `'6'`: KING OF TIME and its API description refuse them.
 */
export type KotPunchCode = '1' | '2' | '3' | '4' | '7' | '8';

/** What a 打刻 `code` may be given as: a readable name or KING OF TIME's code. */
export type KotPunchCodeInput = KotPunchCodeName | KotPunchCode;
