/**
 * A daily window, in Japan time, during which KING OF TIME refuses API calls. `start` is
 * included, `end` is not; a window whose end is before its start runs over midnight.
 *
 * @example
 * ```ts
 * const morning: KotRestrictedWindow = { start: '08:30', end: '10:00' };
 * ```
 */
export interface KotRestrictedWindow {
  /** Start, `HH:MM` (24-hour, Japan time), included. */
  readonly start: string;
  /** End, `HH:MM` (24-hour, Japan time), excluded. */
  readonly end: string;
}

/**
 * KING OF TIME's restricted hours (APIの利用制限時間帯) as the vendor documents them:
 * 08:30–10:00 and 17:30–18:30 Japan time.
 */
export const KOT_RESTRICTED_WINDOWS: readonly KotRestrictedWindow[] = Object.freeze([
  Object.freeze({ start: '08:30', end: '10:00' }),
  Object.freeze({ start: '17:30', end: '18:30' }),
]);
