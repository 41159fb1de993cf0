import type { BreakPeriod } from '../day-summary.js';
import { decodeFingerprint } from './fingerprint.js';

/**
 * Breaks from a day's fingerprints: walking the events in time order, the first lock or
 * logoff leaves the PC, and the next unlock or logon comes back; a gap of at least
 * `minGapMs` is a break. Other events (power, user switch) neither leave nor come back.
 * Events at the same second are taken arriving-before-leaving, so a zero gap is never a break.
 */
export function computeBreaks(fingerprints: Iterable<number>, base: number, minGapMs: number): BreakPeriod[] {
  const sorted = [...fingerprints].sort((a, b) => a - b);
  const breaks: BreakPeriod[] = [];
  let away: number | undefined;
  for (const value of sorted) {
    const { at, kind } = decodeFingerprint(value, base);
    if (kind === 'lock' || kind === 'logoff') {
      away ??= at;
    } else if (kind === 'unlock' || kind === 'logon') {
      if (away !== undefined && at - away >= minGapMs) breaks.push({ start: away, end: at });
      away = undefined;
    }
  }
  return breaks;
}
