import { instantToZonedTime } from '@pclogin/core';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A punch as KING OF TIME's 日別データ shows it: the punch method, then month/day and time of
 * the punch, e.g. `PC12/17 09:03` (a night shift's 退勤 shows the next day's date).
 */
export function kotPunchCell(at: Date | undefined, timeZone = 'Asia/Tokyo', method = 'PC'): string {
  if (!at) return '';
  const t = instantToZonedTime(at, timeZone);
  return `${method}${pad(t.month)}/${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}`;
}
