import { jstDate, minutesOfTime } from './calendar.js';

/**
 * The working day (勤務日) an instant belongs to under a division's 日付変更時刻: with 05:00, a
 * punch at 02:00 belongs to the previous day.
 */
export function workingDayOf(instant: Date, dayBorderTime: string): string {
  return jstDate(new Date(instant.getTime() - minutesOfTime(dayBorderTime) * 60_000));
}
