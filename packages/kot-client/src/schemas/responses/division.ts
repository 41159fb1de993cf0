import { z } from 'zod';
import { kotString, list, optional, record } from '../../internal/schemas/tolerant.js';

/** A division (所属, `GET /divisions`). */
export interface KotDivision {
  /** Division code (所属コード). */
  code: string;
  /** Division name (所属名). */
  name: string;
  /**
   * The division's 日付変更時刻 (day-change time), `HH:MM`: a working day starts at this time,
   * so a 打刻 at 02:00 belongs to the previous working day when it is `05:00`.
   */
  dayBorderTime?: string;
}

export const divisionSchema: z.ZodType<KotDivision> = record({
  code: kotString,
  name: kotString,
  dayBorderTime: optional(z.string()),
});

export const divisionsSchema = list(divisionSchema);
