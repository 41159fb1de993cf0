/**
 * What a column of a SmartOn log CSV holds. `timestamp` is one column with date and time;
 * `date` and `time` are the same split over two columns. Only `account`, the time and `event`
 * are required; `computer` is carried into each event; `windowsUser` and `ip` are recognised
 * (and shown by `inspect`) but not needed by the events.
 */
export const columnRoles = [
  'timestamp',
  'date',
  'time',
  'account',
  'event',
  'windowsUser',
  'computer',
  'ip',
] as const;

/** One of {@link columnRoles}. */
export type ColumnRole = (typeof columnRoles)[number];
