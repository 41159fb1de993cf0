/**
 * Japan Standard Time is UTC+9 all year: Japan has not observed daylight saving time since
 * 1951, and KING OF TIME only accepts dates from the last few years. A fixed offset is
 * therefore exact here, and keeps this package free of time-zone data.
 */
export const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;

/** Milliseconds in a day. */
export const DAY_MS = 24 * 60 * 60 * 1000;
