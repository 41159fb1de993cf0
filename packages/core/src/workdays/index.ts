// Public exports of this area, by name.
export { addWorkdays } from './add-workdays.js';
export { isWorkday } from './is-workday.js';
export type { WorkdayBounds } from './workday-bounds.js';
export { workdayBounds } from './workday-bounds.js';
export type { WorkdayInputErrorCode } from './workday-input-error.js';
export { WorkdayInputError } from './workday-input-error.js';
export { workdayOf } from './workday-of.js';
export type { WorkdayOptions } from './workday-options.js';
export { DEFAULT_DAY_BORDER, DEFAULT_TIME_ZONE } from './workday-options.js';
