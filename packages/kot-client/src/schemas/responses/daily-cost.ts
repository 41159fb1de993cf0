import { z } from 'zod';
import { kotNumber, kotString, list, optional, record } from '../../internal/schemas/tolerant.js';
import { employeeProfileSchema, type KotEmployeeProfile } from './employee.js';

/** One employee's labour cost estimate for a day (日別費用データ). */
export interface KotDailyCost {
  /** The date, `YYYY-MM-DD`. */
  date: string;
  /** Employee key. */
  employeeKey: string;
  /** 人件費概算. */
  laborCostEstimate?: number;
  /** 交通費. */
  transportationExpense?: number;
  /** The employee as of today; only with `additionalFields: ['currentDateEmployee']`. */
  currentDateEmployee?: KotEmployeeProfile;
}

/** All employees' {@link KotDailyCost} on one date. */
export interface KotDailyCostsOfDay {
  /** The date, `YYYY-MM-DD`. */
  date: string;
  /** One entry per employee. */
  dailyWorkings: KotDailyCost[];
}

export const dailyCostSchema: z.ZodType<KotDailyCost> = record({
  date: z.string(),
  employeeKey: kotString,
  laborCostEstimate: optional(kotNumber),
  transportationExpense: optional(kotNumber),
  currentDateEmployee: optional(employeeProfileSchema),
});

export const dailyCostsOfDaySchema: z.ZodType<KotDailyCostsOfDay> = record({
  date: z.string(),
  dailyWorkings: list(dailyCostSchema),
});

export const dailyCostsOfDaysSchema = list(dailyCostsOfDaySchema);
