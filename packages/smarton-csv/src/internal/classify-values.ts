import type { EventClassifier } from './event-classifier.js';
import {
  createTimestampParts,
  isDateOnly,
  isDateTime,
  isTimeOnly,
  parseTimestamp,
} from './parse-timestamp.js';

/** What the values of one column look like, over the sample rows. */
export interface ColumnProfile {
  rows: number;
  nonEmpty: number;
  dateTime: number;
  dateOnly: number;
  timeOnly: number;
  knownEvents: number;
  ip: number;
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const IPV6 = /^[0-9a-f]*:[0-9a-f]*:[0-9a-f:.]*$/i;

/** Counts the kinds of values in each column of `rows`. */
export function profileColumns(
  rows: readonly string[][],
  columnCount: number,
  events: EventClassifier,
): ColumnProfile[] {
  const parts = createTimestampParts();
  const profiles: ColumnProfile[] = [];
  for (let c = 0; c < columnCount; c++) {
    const p: ColumnProfile = {
      rows: 0,
      nonEmpty: 0,
      dateTime: 0,
      dateOnly: 0,
      timeOnly: 0,
      knownEvents: 0,
      ip: 0,
    };
    for (const row of rows) {
      p.rows++;
      const value = (row[c] ?? '').normalize('NFKC').trim();
      if (value === '') continue;
      p.nonEmpty++;
      const flags = parseTimestamp(value, parts);
      if (isDateTime(flags)) p.dateTime++;
      else if (isDateOnly(flags)) p.dateOnly++;
      else if (isTimeOnly(flags)) p.timeOnly++;
      else if (IPV4.test(value) || IPV6.test(value)) p.ip++;
      if (events.known(value) !== undefined) p.knownEvents++;
    }
    profiles.push(p);
  }
  return profiles;
}

/** Whether most (80 %) of the non-empty values have a property. */
export const mostly = (p: ColumnProfile, count: number) => p.nonEmpty > 0 && count >= p.nonEmpty * 0.8;
