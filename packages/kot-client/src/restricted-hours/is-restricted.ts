import { findRestrictedWindow } from '../internal/time/find-restricted-window.js';
import { KOT_RESTRICTED_WINDOWS, type KotRestrictedWindow } from './restricted-window.js';

/**
 * Whether KING OF TIME refuses API calls (other than the 打刻 POST) at `now`.
 *
 * @param now - the instant to check
 * @param windows - the restricted windows, Japan time
 * @defaultValue `windows`: {@link KOT_RESTRICTED_WINDOWS}
 * @throws {@link KotInputError} when a window is not `HH:MM`–`HH:MM`
 * @example
 * ```ts
 * isRestricted(new Date('2024-02-07T09:00:00+09:00')); // true
 * isRestricted(new Date('2024-02-07T10:00:00+09:00')); // false
 * ```
 */
export function isRestricted(
  now: Date | number,
  windows: readonly KotRestrictedWindow[] = KOT_RESTRICTED_WINDOWS,
): boolean {
  return (
    findRestrictedWindow(typeof now === 'number' ? now : now.getTime(), windows, 'isRestricted') !== undefined
  );
}
