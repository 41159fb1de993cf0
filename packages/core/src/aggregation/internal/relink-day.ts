import type { DayEvent } from '../day-summary.js';
import type { DayIdentity, DayState } from './day-state.js';
import { decodeFingerprint } from './fingerprint.js';

const HASH_SPACE = 2 ** 30;

/** Where a moved day's events go: the new owner and how its working days are computed. */
export interface RelinkTarget {
  employeeCode: string | undefined;
  account: string;
  timeZone: string;
  dayBorder: string;
  /** The working day an instant falls on for the new owner. */
  workdayOf(at: number): string;
  /** The open day of the new owner on `workday`, or a new one opened with `event`. */
  dayFor(identity: DayIdentity, event: DayEvent): DayState;
}

/**
 * Moves every event of `day` to the days of `target` (the employee its account is linked to
 * now, or the account itself when a link was removed), each into the working day it falls on
 * under the new owner's day-change time. Returns the days that received events.
 *
 * A day keeps its first and last events whole and every other event as a fingerprint (instant
 * to the second, kind, and a hash of the rest). The fingerprints are re-based onto the target
 * day (the hash is kept, so a repeat of the event is still recognised); an event that becomes a
 * target day's first or last without being one of the kept events is described by its instant
 * and kind alone.
 */
export function relinkDay(day: DayState, target: RelinkTarget): Set<DayState> {
  const touched = new Set<DayState>();
  const firstPrint = day.fingerprintOf(day.first);
  const lastPrint = day.fingerprintOf(day.last);
  for (const print of day.fingerprints) {
    let event: DayEvent;
    let whole = true;
    if (print === firstPrint) event = { ...day.first };
    else if (print === lastPrint) event = { ...day.last };
    else {
      const decoded = decodeFingerprint(print, day.base);
      event = { at: decoded.at, kind: decoded.kind, raw: '', account: target.account };
      whole = false;
    }
    const workday = target.workdayOf(event.at);
    const into = target.dayFor(
      {
        employeeCode: target.employeeCode,
        account: target.employeeCode === undefined ? target.account : undefined,
        workday,
        timeZone: target.timeZone,
        dayBorder: target.dayBorder,
      },
      event,
    );
    const moved = whole ? into.fingerprintOf(event) : rebase(print, day.base, into.base);
    if (moved === undefined) continue;
    into.add(event, moved);
    touched.add(into);
  }
  return touched;
}

/** The same fingerprint counted from another day's base instant. */
function rebase(print: number, from: number, to: number): number | undefined {
  const hash = print % HASH_SPACE;
  const high = Math.floor(print / HASH_SPACE);
  const seconds = Math.floor(high / 8) + (from - to) / 1000;
  if (!(seconds >= 0 && seconds < 2 ** 19)) return undefined;
  return (seconds * 8 + (high % 8)) * HASH_SPACE + hash;
}
