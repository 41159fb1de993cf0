import type { z } from 'zod';
import { dateInput } from './primitives.js';

/** `start`/`end` fields of a ranged read. */
export const dateRangeShape = { start: dateInput.optional(), end: dateInput.optional() };

/** KING OF TIME takes `start` and `end` together, with `start` not after `end`. */
export function checkDateRange(value: { start?: string; end?: string }, ctx: z.RefinementCtx): void {
  if ((value.start === undefined) !== (value.end === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: [value.start === undefined ? 'start' : 'end'],
      message: 'start and end go together: give both or neither (neither means today)',
    });
  } else if (value.start !== undefined && value.end !== undefined && value.start > value.end) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `end ${value.end} is before start ${value.start}`,
    });
  }
}

/** `ondivision` only has a meaning together with `division`. */
export function checkOnDivision(
  value: { division?: string; ondivision?: boolean },
  ctx: z.RefinementCtx,
): void {
  if (value.ondivision !== undefined && value.division === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['ondivision'],
      message: 'ondivision can only be used with division',
    });
  }
}
