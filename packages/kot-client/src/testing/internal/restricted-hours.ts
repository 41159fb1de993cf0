import type { KotSimulatorTimeWindow } from '../kot-simulator-options.js';
import { jstMinuteOfDay, minutesOfTime } from './calendar.js';

/** KOT's restricted hours (Japan time). */
export const DEFAULT_RESTRICTED_WINDOWS: readonly KotSimulatorTimeWindow[] = [
  { start: '08:30', end: '10:00' },
  { start: '17:30', end: '18:30' },
];

/** True when `now` is inside one of the windows (start included, end excluded). */
export function isInWindows(now: Date, windows: readonly KotSimulatorTimeWindow[]): boolean {
  const minute = jstMinuteOfDay(now);
  return windows.some(
    (window) => minute >= minutesOfTime(window.start) && minute < minutesOfTime(window.end),
  );
}

/** KOT's refusal message, listing the windows as KOT does. */
export function restrictedHoursMessage(windows: readonly KotSimulatorTimeWindow[]): string {
  const list = windows.map((window) => `${window.start} ～ ${window.end}`).join(', ');
  return `次の時間帯（JST）はAPIへのアクセスが禁止されています [${list}]`;
}
