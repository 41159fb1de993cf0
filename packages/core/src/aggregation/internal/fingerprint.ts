import type { LogEventKind } from '../../events/log-event.js';
import type { DayEvent } from '../day-summary.js';
import { kindRank, kindsByRank } from './event-order.js';

const HOUR = 3_600_000;
const HASH_SPACE = 2 ** 30;
const MAX_SECONDS = 2 ** 19;

/**
 * The instant every fingerprint of a working day counts from: 24 hours before its date's
 * midnight UTC. Every instant that can belong to the day, in any zone (UTC−12 to UTC+14) with
 * any day-change time, lies less than 2^19 seconds (145 h) after it, and it depends on nothing
 * but the date, so fingerprints survive changes of time zone or day-change time.
 */
export function fingerprintBase(workday: string): number {
  return Date.parse(`${workday}T00:00:00Z`) - 24 * HOUR;
}

/** 32-bit FNV-1a over UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A number that stands for an event within its day: `(second × 8 + kind rank) × 2^30 + hash`,
 * where the hash covers account, computer, word and milliseconds. Below 2^52, so exact in
 * JSON. Sorting fingerprints sorts events by second, then kind rank — all that breaks need —
 * and a set of them counts distinct events in a few bytes each, instead of keeping events.
 * Two different events of the same second and kind collide with probability 2^-30.
 *
 * @returns `undefined` when the event lies outside the day's range (impossible for events the
 * aggregator assigned to the day).
 */
export function fingerprint(event: DayEvent, base: number): number | undefined {
  const offset = event.at - base;
  const seconds = Math.floor(offset / 1000);
  if (!(seconds >= 0 && seconds < MAX_SECONDS)) return undefined;
  const hash =
    fnv1a(`${event.account}\u0000${event.computer ?? ''}\u0000${event.raw}\u0000${offset % 1000}`) >>> 2;
  return (seconds * 8 + kindRank[event.kind]) * HASH_SPACE + hash;
}

/** The instant (whole seconds) and kind a fingerprint stands for. */
export function decodeFingerprint(value: number, base: number): { at: number; kind: LogEventKind } {
  const high = Math.floor(value / HASH_SPACE);
  return { at: base + Math.floor(high / 8) * 1000, kind: kindsByRank[high % 8] ?? 'other' };
}
