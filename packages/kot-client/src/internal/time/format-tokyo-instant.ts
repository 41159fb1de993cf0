import { TOKYO_OFFSET_MS } from './tokyo-offset.js';

/**
 * `2024-02-07T09:03:12+09:00`: ISO 8601 with seconds in Japan time, the only form KING OF
 * TIME is known to read correctly for 打刻 times. Milliseconds are dropped (truncated), as a
 * punch clock shows them.
 */
export function formatTokyoInstant(instant: Date | number): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const shifted = new Date(Math.floor(ms / 1000) * 1000 + TOKYO_OFFSET_MS).toISOString();
  // toISOString is always YYYY-MM-DDTHH:mm:ss.sssZ for years 0–9999.
  return `${shifted.slice(0, 19)}+09:00`;
}
