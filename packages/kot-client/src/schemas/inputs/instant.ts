import { z } from 'zod';
import { isCalendarDate } from '../../internal/time/calendar-date.js';

const ISO_WITH_OFFSET =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/i;

/**
 * An instant given as a `Date` or an ISO 8601 string with an offset (`Z` or `±HH:MM`), as
 * epoch milliseconds. A string without an offset is refused: it does not say which zone it
 * is in, and guessing wrong moves a 打刻 by hours.
 */
export const instantInput = z
  .union([z.instanceof(Date), z.string()], {
    error: (issue) =>
      issue.input === undefined
        ? 'required: a Date or an ISO 8601 time such as "2024-02-07T09:03:00+09:00"'
        : `expected a Date or an ISO 8601 string, got ${typeof issue.input === 'number' ? 'a number' : typeof issue.input}`,
  })
  .transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({ code: 'custom', message: 'is an invalid Date' });
        return z.NEVER;
      }
      return value.getTime();
    }
    const match = ISO_WITH_OFFSET.exec(value);
    const valid =
      match !== null &&
      isCalendarDate(match[1]!) &&
      Number(match[2]) <= 23 &&
      Number(match[3]) <= 59 &&
      Number(match[4] ?? 0) <= 59 &&
      Number(match[5] ?? 0) <= 23 &&
      Number(match[6] ?? 0) <= 59;
    if (!valid) {
      ctx.addIssue({
        code: 'custom',
        message: `expected an ISO 8601 time with an offset such as "2024-02-07T09:03:00+09:00", got ${JSON.stringify(value)}`,
      });
      return z.NEVER;
    }
    return Date.parse(value);
  });
