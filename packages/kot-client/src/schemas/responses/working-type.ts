import type { z } from 'zod';
import { kotString, list, record } from '../../internal/schemas/tolerant.js';

/** An employment type (雇用区分, `GET /working-types`). */
export interface KotWorkingType {
  /** Employment type code (雇用区分コード). */
  code: string;
  /** Employment type name (雇用区分名), e.g. 正社員. */
  name: string;
}

export const workingTypeSchema: z.ZodType<KotWorkingType> = record({ code: kotString, name: kotString });

export const workingTypesSchema = list(workingTypeSchema);
