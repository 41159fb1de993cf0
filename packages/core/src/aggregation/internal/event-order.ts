import type { EventSource, LogEvent, LogEventKind } from '../../events/log-event.js';
import type { DayEvent } from '../day-summary.js';

/**
 * The order of kinds for events at the same instant: arriving before leaving, so that a
 * tie makes the logon the day's first event and the logoff its last.
 */
export const kindRank: Readonly<Record<LogEventKind, number>> = {
  logon: 0,
  unlock: 1,
  other: 2,
  lock: 3,
  logoff: 4,
};

/** The kinds in {@link kindRank} order. */
export const kindsByRank: readonly LogEventKind[] = ['logon', 'unlock', 'other', 'lock', 'logoff'];

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A total order on what makes an event itself (instant, kind, word, account, computer) — not
 * where it was read from, so that the same event read twice compares equal.
 */
export function compareIdentity(a: DayEvent, b: DayEvent): number {
  return (
    a.at - b.at ||
    kindRank[a.kind] - kindRank[b.kind] ||
    text(a.raw, b.raw) ||
    text(a.account, b.account) ||
    text(a.computer ?? '', b.computer ?? '')
  );
}

/** Orders where an event was read from; no source first. */
export function compareSources(a: EventSource | undefined, b: EventSource | undefined): number {
  if (!a || !b) return (a ? 1 : 0) - (b ? 1 : 0);
  return text(a.file, b.file) || a.line - b.line || (a.offset ?? -1) - (b.offset ?? -1);
}

/**
 * Whether `candidate` should replace `current` as the day's first (`direction` -1) or last (+1)
 * event. Of two reads of the same event the one with the smaller source wins, whatever the
 * direction, so the result does not depend on which read came first.
 */
export function replaces(candidate: DayEvent, current: DayEvent, direction: -1 | 1): boolean {
  const c = compareIdentity(candidate, current);
  if (c !== 0) return Math.sign(c) === direction;
  return compareSources(candidate.source, current.source) < 0;
}

/** A log event as a day keeps it, with its account already normalised. */
export function toDayEvent(event: LogEvent, account: string): DayEvent {
  const day: DayEvent = { at: event.at.getTime(), kind: event.kind, raw: event.raw, account };
  if (event.computer !== undefined) day.computer = event.computer;
  if (event.source !== undefined) {
    day.source = { file: event.source.file, line: event.source.line };
    if (event.source.offset !== undefined) day.source.offset = event.source.offset;
  }
  return day;
}
