import { z } from 'zod';
import { kotString, optional, record } from '../../internal/schemas/tolerant.js';

/** The company a token belongs to (`GET /company`). */
export interface KotCompany {
  /** Company key (企業識別キー). */
  key: string;
  /** 企業コード, as used to log in to KING OF TIME. */
  code: string;
  /** Company name (企業名). */
  name: string;
  /** The KING OF TIME host serving the company, e.g. `s2.kingtime.jp`. */
  host?: string;
  /** Start of the business year (事業年度開始日), e.g. `04/01`. */
  businessYearStartDate?: string;
  /** Display settings (企業設定情報). */
  settings?: {
    /** `decimal` (10進法) or `sexagesimal` (60進法). */
    timeDisplayFormat?: string;
    /** Rounding of the third decimal: `roundDown`, `roundUp` or `round`. */
    decimalTreatType?: string;
  };
}

export const companySchema: z.ZodType<KotCompany> = record({
  key: kotString,
  code: kotString,
  name: kotString,
  host: optional(z.string()),
  businessYearStartDate: optional(z.string()),
  settings: optional(
    record({ timeDisplayFormat: optional(z.string()), decimalTreatType: optional(z.string()) }),
  ),
});
