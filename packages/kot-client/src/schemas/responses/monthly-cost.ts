import { z } from 'zod';
import { kotNumber, kotString, list, optional, record } from '../../internal/schemas/tolerant.js';
import { employeeProfileSchema, type KotEmployeeProfile } from './employee.js';

/** One employee's labour cost estimate for a month (月別費用データ). */
export interface KotMonthlyCost {
  /** Year. */
  year: number;
  /** Month, 1–12. */
  month: number;
  /** Employee key. */
  employeeKey: string;
  /** First day counted. */
  startDate?: string;
  /** Last day counted. */
  endDate?: string;
  /** 人件費概算. */
  laborCostEstimate?: number;
  /** 交通費. */
  transportationExpense?: number;
  /** The employee as of today; only with `additionalFields: ['currentDateEmployee']`. */
  currentDateEmployee?: KotEmployeeProfile;
}

export const monthlyCostSchema: z.ZodType<KotMonthlyCost> = record({
  year: kotNumber,
  month: kotNumber,
  employeeKey: kotString,
  startDate: optional(z.string()),
  endDate: optional(z.string()),
  laborCostEstimate: optional(kotNumber),
  transportationExpense: optional(kotNumber),
  currentDateEmployee: optional(employeeProfileSchema),
});

export const monthlyCostsSchema = list(monthlyCostSchema);
