import type { z } from 'zod';
import { kotString, record } from '../../internal/schemas/tolerant.js';

/** An employee group an employee belongs to (従業員グループ). */
export interface KotEmployeeGroupRef {
  /** Employee group code (従業員グループコード). */
  code: string;
  /** Employee group name (従業員グループ名). */
  name: string;
}

export const employeeGroupRefSchema: z.ZodType<KotEmployeeGroupRef> = record({
  code: kotString,
  name: kotString,
});
