import type { KotRestrictedWindow } from '../restricted-hours/restricted-window.js';

/**
 * KING OF TIME's restricted hours (APIの利用制限時間帯), during which it refuses every call but
 * the 打刻 POST.
 *
 * @example
 * ```ts
 * // Send reads anyway and let KING OF TIME answer (e.g. when its windows change).
 * createKotClient({ restrictedHours: { precheck: false } });
 * ```
 */
export interface KotRestrictedHoursOptions {
  /**
   * The windows, in Japan time.
   * @default [{ start: '08:30', end: '10:00' }, { start: '17:30', end: '18:30' }]
   */
  windows?: readonly KotRestrictedWindow[];
  /**
   * Refuse reads inside a window without sending them ({@link KotRestrictedHoursError} with
   * `refusedBy: 'client'`). When `false`, they are sent and KING OF TIME's own refusal is
   * reported the same way.
   * @default true
   */
  precheck?: boolean;
}
