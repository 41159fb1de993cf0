import { z } from 'zod';
import { tokyoMidnight } from '../../internal/time/calendar-date.js';
import { formatTokyoInstant } from '../../internal/time/format-tokyo-instant.js';
import { DAY_MS } from '../../internal/time/tokyo-offset.js';
import { KOT_PUNCH_CODES, type KotPunchCode, type KotPunchCodeName } from '../../punch-code.js';
import { instantInput } from './instant.js';
import { dateInput, divisionCodeInput } from './primitives.js';

const names = Object.keys(KOT_PUNCH_CODES) as KotPunchCodeName[];
// Exactly the values of KOT_PUNCH_CODES: KING OF TIME has no code "5" or "6".
const codes: readonly KotPunchCode[] = Object.values(KOT_PUNCH_CODES);
const codeList = `${codes
  .slice(0, -1)
  .map((c) => `"${c}"`)
  .join(', ')} or "${codes.at(-1)}"`;

/** A punch code as a name or KING OF TIME's code, sent as KING OF TIME's code. */
export const punchCodeInput = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number'
        ? `codes are strings: use "${issue.input}" or a name (${names.join(', ')})`
        : `expected a punch code: ${names.join(', ')}, or ${codeList}`,
  })
  .refine((v) => v in KOT_PUNCH_CODES || (codes as readonly string[]).includes(v), {
    error: (issue) =>
      `unknown punch code ${JSON.stringify(issue.input)}; use ${names.join(', ')}, or ${codeList}`,
  })
  .transform((v) => (v in KOT_PUNCH_CODES ? KOT_PUNCH_CODES[v as KotPunchCodeName] : (v as KotPunchCode)));

/** The 打刻 POST's arguments, validated and turned into KING OF TIME's body. */
export const timeRecordInput = z
  .strictObject({
    date: dateInput.optional(),
    time: instantInput,
    code: punchCodeInput.optional(),
    divisionCode: divisionCodeInput.optional(),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
    isOmittedWorkingDay: z.boolean().optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.latitude === undefined) !== (value.longitude === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['latitude'], message: 'latitude and longitude go together' });
    }
    if (value.isOmittedWorkingDay && value.code === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['code'],
        message: 'required when isOmittedWorkingDay is true',
      });
    }
    // The API description requires `date` on every 打刻, also when isOmittedWorkingDay lets
    // KING OF TIME choose the working day.
    if (value.date === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: 'required: the working day (勤務日) "YYYY-MM-DD" the punch belongs to',
      });
      return;
    }
    // A punch belongs to a working day that starts at the division's 日付変更時刻 on `date`
    // and may run into the next day; KING OF TIME accepts times up to 23:59:59 of the day
    // after `date`. A time outside that is almost always a time-zone mistake.
    const from = tokyoMidnight(value.date);
    if (value.time < from || value.time >= from + 2 * DAY_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['time'],
        message: `${formatTokyoInstant(value.time)} is outside working day ${value.date} (allowed: ${value.date} 00:00:00 to 23:59:59 of the next day, Japan time)`,
      });
    }
  })
  .transform((value) => ({
    // Always present here: the refinement above refuses a missing date.
    date: value.date as string,
    time: formatTokyoInstant(value.time),
    ...(value.code === undefined ? {} : { code: value.code }),
    ...(value.divisionCode === undefined ? {} : { divisionCode: value.divisionCode }),
    ...(value.latitude === undefined ? {} : { latitude: value.latitude }),
    ...(value.longitude === undefined ? {} : { longitude: value.longitude }),
    ...(value.isOmittedWorkingDay === undefined ? {} : { isOmittedWorkingDay: value.isOmittedWorkingDay }),
  }));
