import { instantToZonedTime, zoneOffsetMinutes } from './instant-to-zoned-time.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * ISO 8601 with seconds and the zone's offset, e.g. `2024-02-07T09:03:12+09:00`: the form
 * KING OF TIME reads and the form pclogin prints. Milliseconds are dropped.
 */
export function formatInstant(instant: Date | number, timeZone = 'Asia/Tokyo'): string {
  const t = instantToZonedTime(instant, timeZone);
  const offset = zoneOffsetMinutes(instant, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
