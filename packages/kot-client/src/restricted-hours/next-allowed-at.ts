import { findRestrictedWindow } from '../internal/time/find-restricted-window.js';
import { KOT_RESTRICTED_WINDOWS, type KotRestrictedWindow } from './restricted-window.js';

/**
 * The first instant at or after `now` outside every restricted window: `now` itself when it
 * is allowed, otherwise the end of the window it falls in (and of any window that begins
 * exactly there).
 *
 * @param now - the instant to start from
 * @param windows - the restricted windows, Japan time
 * @defaultValue `windows`: {@link KOT_RESTRICTED_WINDOWS}
 * @throws {@link KotInputError} when a window is not `HH:MM`–`HH:MM`
 * @example
 * ```ts
 * nextAllowedAt(new Date('2024-02-07T09:00:00+09:00')); // 2024-02-07T10:00:00+09:00
 * ```
 */
export function nextAllowedAt(
  now: Date | number,
  windows: readonly KotRestrictedWindow[] = KOT_RESTRICTED_WINDOWS,
): Date {
  let t = typeof now === 'number' ? now : now.getTime();
  // Each step leaves one window; more steps than windows means they cover the whole day.
  for (let step = 0; step <= windows.length; step++) {
    const found = findRestrictedWindow(t, windows, 'nextAllowedAt');
    if (found === undefined) return new Date(t);
    t = found.endsAt;
  }
  throw new RangeError('The restricted windows cover the whole day; KING OF TIME would never be reachable');
}
