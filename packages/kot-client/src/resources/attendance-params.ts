/** The extra field attendance reads include on request: the employee as of today. */
export type KotAttendanceAdditionalField = 'currentDateEmployee';

/** Filters of the per-day attendance reads (daily workings, 打刻, costs). */
export interface KotDayFilter {
  /** Only employees of this division (所属コード). */
  division?: string;
  /**
   * With `division`: `true` (default) selects by the employees' own division, `false` by the
   * division they worked at (出勤先).
   */
  ondivision?: boolean;
  /** Extra fields to include. */
  additionalFields?: readonly KotAttendanceAdditionalField[];
}

/**
 * A range of working days. KING OF TIME allows at most 62 days per request; longer ranges are
 * split into consecutive requests of up to 62 days and the results concatenated in date order.
 * Without `start` and `end`, KING OF TIME answers for today.
 */
export interface KotDateRange {
  /** First day, `YYYY-MM-DD` (at most 3 years back). */
  start?: string;
  /** Last day, `YYYY-MM-DD`, inclusive (at most 1 year ahead). */
  end?: string;
}
