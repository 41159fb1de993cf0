import type { z } from 'zod';
import { kotString, list, optional, record } from '../../internal/schemas/tolerant.js';

/** An employee group (従業員グループ, `GET /employee-groups`). */
export interface KotEmployeeGroup {
  /** Employee group code. */
  code: string;
  /** Employee group name. */
  name: string;
  /** Its category (従業員グループカテゴリ); only with `additionalFields: ['category']`. */
  category?: { code: string; name: string };
}

export const employeeGroupSchema: z.ZodType<KotEmployeeGroup> = record({
  code: kotString,
  name: kotString,
  category: optional(record({ code: kotString, name: kotString })),
});

export const employeeGroupsSchema = list(employeeGroupSchema);
