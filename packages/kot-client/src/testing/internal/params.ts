import { addYears, daysBetween, isCalendarDate, isCalendarMonth, monthBounds } from './calendar.js';
import { badRequest, SIMULATOR_ERROR_CODES } from './kot-http-error.js';
import type { RouteContext } from './route.js';

/** KOT answers at most 62 days per request. */
export const MAX_RANGE_DAYS = 62;

/** Refuse a date outside KOT's window (3 years back, 1 year ahead), when the setting is on. */
export function checkDateWindow(context: RouteContext, name: string, first: string, last = first): void {
  if (!context.settings.dateWindow) return;
  const earliest = addYears(context.today, -3);
  const latest = addYears(context.today, 1);
  if (last < earliest || first > latest) {
    throw badRequest(
      `${name}は${earliest}から${latest}までの範囲で指定してください`,
      SIMULATOR_ERROR_CODES.outsideDateWindow,
    );
  }
}

/** A `YYYY-MM-DD` parameter (path or query) inside the date window. */
export function dateValue(context: RouteContext, name: string, value: string): string {
  if (!isCalendarDate(value)) throw badRequest(`${name}の形式が不正です（YYYY-MM-DD）: ${value}`);
  checkDateWindow(context, name, value);
  return value;
}

/** An optional `YYYY-MM-DD` query parameter, defaulting to today. */
export function optionalDate(context: RouteContext, name: string): string {
  const value = context.query.get(name);
  return value === null ? context.today : dateValue(context, name, value);
}

/** `start` and `end`: both or neither (then today), in order, at most 62 days. */
export function dateRange(context: RouteContext): { start: string; end: string } {
  const start = context.query.get('start');
  const end = context.query.get('end');
  if (start === null && end === null) return { start: context.today, end: context.today };
  if (start === null || end === null) throw badRequest('startとendは同時に指定してください');
  for (const [name, value] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (!isCalendarDate(value)) throw badRequest(`${name}の形式が不正です（YYYY-MM-DD）: ${value}`);
  }
  if (end < start) throw badRequest('endはstart以降の日付を指定してください');
  if (daysBetween(start, end) + 1 > MAX_RANGE_DAYS) {
    throw badRequest(`期間は最大${MAX_RANGE_DAYS}日までです`, SIMULATOR_ERROR_CODES.rangeTooLong);
  }
  checkDateWindow(context, 'start', start);
  checkDateWindow(context, 'end', end);
  return { start, end };
}

/** A `YYYY-MM` path parameter inside the date window. */
export function monthValue(context: RouteContext, value: string): string {
  if (!isCalendarMonth(value)) throw badRequest(`dateの形式が不正です（YYYY-MM）: ${value}`);
  const { start, end } = monthBounds(value);
  checkDateWindow(context, 'date', start, end);
  return value;
}

/** `additionalFields`: a comma-separated subset of `allowed`. */
export function additionalFields(context: RouteContext, allowed: readonly string[]): Set<string> {
  const value = context.query.get('additionalFields');
  const fields = new Set<string>();
  if (value === null || value === '') return fields;
  for (const field of value.split(',')) {
    const name = field.trim();
    if (!allowed.includes(name)) throw badRequest(`additionalFieldsに指定できない項目です: ${name}`);
    fields.add(name);
  }
  return fields;
}

/** A `true`/`false` query parameter. */
export function booleanParam(context: RouteContext, name: string, fallback: boolean): boolean {
  const value = context.query.get(name);
  if (value === null) return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw badRequest(`${name}にはtrueまたはfalseを指定してください: ${value}`);
}

/** `division`: an existing 所属コード, or undefined. */
export function divisionParam(context: RouteContext): string | undefined {
  const value = context.query.get('division');
  if (value === null) return undefined;
  if (!context.store.divisions.has(value)) throw badRequest(`所属が存在しません: division=${value}`);
  return value;
}
