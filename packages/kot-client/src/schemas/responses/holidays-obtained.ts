import { z } from 'zod';
import { kotNumber, kotString, list, optional, record } from '../../internal/schemas/tolerant.js';

/** Leave taken on a day (休暇取得), in daily workings and schedule requests. */
export interface KotHolidaysObtained {
  /** A full day of leave (全休). */
  fulltimeHoliday?: { code: number; name: string };
  /** Half days of leave (半休): `typeName` such as AM休 or PM休. */
  halfdayHolidays: Array<{ typeName?: string; code: number; name: string }>;
  /** Hours of leave (時間休). */
  hourHolidays: Array<{ start?: string; end?: string; minutes?: number; code: number; name: string }>;
}

export const holidaysObtainedSchema: z.ZodType<KotHolidaysObtained> = record({
  fulltimeHoliday: optional(record({ code: kotNumber, name: kotString })),
  halfdayHolidays: list(record({ typeName: optional(z.string()), code: kotNumber, name: kotString })),
  hourHolidays: list(
    record({
      start: optional(z.string()),
      end: optional(z.string()),
      minutes: optional(kotNumber),
      code: kotNumber,
      name: kotString,
    }),
  ),
});
