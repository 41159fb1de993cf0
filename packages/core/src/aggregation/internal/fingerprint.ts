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

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Continues a 32-bit FNV-1a hash over the UTF-16 code units of `text`. */
function fnv1a(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** Continues it over one code unit. */
function fnv1aUnit(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, FNV_PRIME);
}

/** Continues it over the decimal digits of an integer 0–999 (as `String(n)` writes them). */
function fnv1aDigits(hash: number, n: number): number {
  let h = hash;
  if (n >= 100) h = fnv1aUnit(h, 48 + Math.floor(n / 100));
  if (n >= 10) h = fnv1aUnit(h, 48 + (Math.floor(n / 10) % 10));
  return fnv1aUnit(h, 48 + (n % 10));
}

/**
 * A number that stands for an event within its day: `(second × 8 + kind rank) × 2^30 + hash`,
 * where the hash is FNV-1a over `${account}\u0000${computer ?? ''}\u0000${raw}\u0000${milliseconds}`
 * (computed part by part: it runs once per event, and building that string for each of a
 * million events showed in profiles). Below 2^52, so exact in JSON. Sorting fingerprints sorts
 * events by second, then kind rank — all that breaks need — and a set of them counts distinct
 * events in a few bytes each, instead of keeping events. Two different events of the same
 * second and kind collide with probability 2^-30. Stored aggregator states hold these values:
 * they must never change.
 *
 * @returns `undefined` when the event lies outside the day's range (impossible for events the
 * aggregator assigned to the day).
 */
export function fingerprint(event: DayEvent, base: number): number | undefined {
  const offset = event.at - base;
  const seconds = Math.floor(offset / 1000);
  if (!(seconds >= 0 && seconds < MAX_SECONDS)) return undefined;
  let h = fnv1a(FNV_OFFSET, event.account);
  h = fnv1aUnit(h, 0);
  if (event.computer !== undefined) h = fnv1a(h, event.computer);
  h = fnv1aUnit(h, 0);
  h = fnv1a(h, event.raw);
  h = fnv1aUnit(h, 0);
  const millis = offset % 1000;
  h = Number.isInteger(millis) ? fnv1aDigits(h, millis) : fnv1a(h, String(millis));
  const hash = (h >>> 0) >>> 2;
  return (seconds * 8 + kindRank[event.kind]) * HASH_SPACE + hash;
}

/** The instant (whole seconds) and kind a fingerprint stands for. */
export function decodeFingerprint(value: number, base: number): { at: number; kind: LogEventKind } {
  const high = Math.floor(value / HASH_SPACE);
  return { at: base + Math.floor(high / 8) * 1000, kind: kindsByRank[high % 8] ?? 'other' };
}
