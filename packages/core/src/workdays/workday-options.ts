/**
 * How instants map to working days (勤務日).
 *
 * @example
 * const options: WorkdayOptions = { timeZone: 'Asia/Tokyo', dayBorder: '05:00' };
 */
export interface WorkdayOptions {
  /**
   * The IANA time zone the company's clocks show.
   * @default 'Asia/Tokyo'
   */
  timeZone?: string;
  /**
   * The day-change time `HH:MM` (KOT's per-division 日付変更時刻, `dayBorderTime`): a working
   * day runs from this local time on its date to the same local time on the next date.
   * @default '00:00'
   */
  dayBorder?: string;
}

/** The default time zone of working days. */
export const DEFAULT_TIME_ZONE = 'Asia/Tokyo';
/** The default day-change time. */
export const DEFAULT_DAY_BORDER = '00:00';
