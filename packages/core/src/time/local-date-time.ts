/**
 * A wall-clock date and time with no time zone attached, as a log file or a person writes it.
 * `month` is 1–12.
 */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}
