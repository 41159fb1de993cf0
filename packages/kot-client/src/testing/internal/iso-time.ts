const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(Z|[+-](\d{2}):(\d{2}))$/;

/** A parsed ISO 8601 time with seconds and an explicit offset. */
export interface ParsedIsoTime {
  /** The instant. */
  instant: Date;
  /** The offset as written, `Z` or `±HH:MM`. */
  offset: string;
}

/**
 * Parse `2024-02-07T09:03:12+09:00`-style text; seconds and an offset are required and every
 * field must be in range (no hour 24, no 30 February). Returns null otherwise.
 */
export function parseIsoTime(text: string): ParsedIsoTime | null {
  const match = ISO_WITH_OFFSET.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offsetText = match[7]!;
  const offsetHours = match[8] === undefined ? 0 : Number(match[8]);
  const offsetMinutes = match[9] === undefined ? 0 : Number(match[9]);
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 14 || offsetMinutes > 59) return null;
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(local);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const sign = offsetText.startsWith('-') ? -1 : 1;
  const offsetMs = sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  // KOT keeps punch times to the second: fractions are dropped, not rounded.
  return { instant: new Date(local - offsetMs), offset: offsetText };
}
