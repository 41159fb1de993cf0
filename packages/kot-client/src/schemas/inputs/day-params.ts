import { z } from 'zod';
import { checkDateRange, checkOnDivision, dateRangeShape } from './date-range.js';
import { additionalFieldsInput, booleanInput, dateInput, divisionCodeInput } from './primitives.js';

/** The additional field every attendance read accepts. */
export const ATTENDANCE_ADDITIONAL_FIELDS = ['currentDateEmployee'] as const;

/** `division`, `ondivision` and `additionalFields` of the per-day attendance reads. */
export const dayFilterShape = {
  division: divisionCodeInput.optional(),
  ondivision: booleanInput.optional(),
  additionalFields: additionalFieldsInput(ATTENDANCE_ADDITIONAL_FIELDS),
};

/** Arguments of a one-day attendance read: `{ date, params }`. */
export const dayInput = z.object({
  date: dateInput,
  params: z.strictObject(dayFilterShape).superRefine(checkOnDivision).optional(),
});

/** Parameters of a ranged attendance read. */
export const rangeInput = z
  .strictObject({ ...dateRangeShape, ...dayFilterShape })
  .superRefine(checkDateRange)
  .superRefine(checkOnDivision)
  .optional();

/** The query of an attendance read. */
export function dayQuery(
  p: { division?: string; ondivision?: boolean; additionalFields?: readonly string[] } | undefined,
): Record<string, string | undefined> {
  return {
    division: p?.division,
    ondivision: p?.ondivision === undefined ? undefined : String(p.ondivision),
    additionalFields: p?.additionalFields?.join(','),
  };
}
