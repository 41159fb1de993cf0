import { z } from 'zod';

/*
 * Building blocks for response schemas. KING OF TIME omits properties whose value is null,
 * adds fields over time, and sends some codes as numbers where the documentation says
 * strings (and the other way round). Response schemas accept all of that and normalise it;
 * only a value of a truly different kind (an object where a list belongs) is an error.
 */

/** A string that may arrive as a number (`1000` → `"1000"`). */
export const kotString = z.union([z.string(), z.number().transform(String)]);

/** A number that may arrive as a numeric string (`"104"` → `104`). */
export const kotNumber = z.union([
  z.number(),
  z
    .string()
    .regex(/^\s*-?\d+(\.\d+)?\s*$/, 'expected a number')
    .transform(Number),
]);

/** A boolean that may arrive as `"true"`/`"false"`. */
export const kotBoolean = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

/** Absent or null → `undefined`; otherwise `schema`. */
export function optional<T extends z.ZodType>(schema: T) {
  return schema
    .nullish()
    .transform((value) => (value === null ? undefined : value) as z.output<T> | undefined);
}

/** Absent or null → `[]`; otherwise a list of `item`. */
export function list<T extends z.ZodType>(item: T) {
  return z
    .array(item)
    .nullish()
    .transform((value) => value ?? []);
}

/** An object that keeps unknown fields. */
export const record = z.looseObject;
