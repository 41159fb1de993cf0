/**
 * When the 退勤 (clock-out) is planned.
 *
 * - `after-day-end` (default): once the working day has ended plus a grace period, at the
 *   day's last log — exactly one clock-out is ever sent, so KOT's settings do not matter.
 * - `rolling`: as soon as a day has a log after its first, and again each time a later log
 *   arrives after the previous clock-out was sent, as KOT's own PC-log feature does. **Only
 *   safe where the company has enabled KOT's 退勤打刻の自動上書き機能 (clock-out overwrite)**:
 *   without it, the second clock-out of a day makes it an error day (エラー勤務).
 */
export const clockOutPolicies = ['after-day-end', 'rolling'] as const;

/** One of {@link clockOutPolicies}. */
export type ClockOutPolicy = (typeof clockOutPolicies)[number];
