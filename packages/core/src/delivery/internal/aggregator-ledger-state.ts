import type { Aggregator } from '../../aggregation/aggregator.js';
import type { AggregatorOptions } from '../../aggregation/aggregator-options.js';
import type { AggregatorDayState, AggregatorState } from '../../aggregation/aggregator-state.js';
import { AggregatorStateError } from '../../aggregation/aggregator-state-error.js';
import { AggregatorImpl } from '../../aggregation/internal/aggregator-impl.js';
import { checkAggregatorOptions } from '../../aggregation/internal/check-aggregator-options.js';
import { dayStateJson } from '../../aggregation/internal/day-state.js';
import { restoreAggregatorImpl } from '../../aggregation/internal/restore-aggregator-impl.js';
import type { LedgerStore } from '../../store/ledger-store.js';

// How the aggregator lives in the ledger (format version 2): the value at `stateKey` is the
// marker `{ version: 2 }`, and each open day is its own state entry under `<stateKey>/day/`,
// so a commit writes only the days a batch changed and removes the evicted ones — not the
// whole state. Version 1 kept every day in one value at `stateKey` (`{ version: 1, days }`);
// it is still read, and the first commit after it rewrites it as version 2.

/** The stored-format version written at the state key. */
export const AGGREGATOR_LEDGER_VERSION = 2;

/** What the ledger holds of the aggregator, as read before a batch. */
export interface StoredAggregator {
  /** The state to restore (`undefined`: none yet). */
  state: AggregatorState | undefined;
  /** The JSON text of every stored day entry, by its key: what a commit compares against. */
  days: Map<string, string>;
  /** The version marker is not written yet (a new ledger, or a version-1 state to migrate). */
  needsMarker: boolean;
}

/** The prefix of the day entries of the aggregator stored at `stateKey`. */
export function dayEntryPrefix(stateKey: string): string {
  return `${stateKey}/day/`;
}

/** The state key of one day: its employee (or unlinked account) and working day. */
export function dayEntryKey(
  stateKey: string,
  day: Pick<AggregatorDayState, 'employeeCode' | 'account' | 'workday'>,
): string {
  const owner =
    day.employeeCode !== undefined ? `employee:${day.employeeCode}` : `account:${day.account ?? ''}`;
  return `${dayEntryPrefix(stateKey)}${owner}|${day.workday}`;
}

/**
 * Reads the aggregator's state from the ledger, in either stored form.
 * @throws {@link AggregatorStateError} for a marker of an unknown version.
 */
export function readAggregatorState(store: LedgerStore, stateKey: string): StoredAggregator {
  const marker = store.state(stateKey);
  const version =
    marker !== null && typeof marker === 'object' && !Array.isArray(marker) ? marker.version : undefined;
  if (marker !== undefined && version === 1) {
    // Version 1: one value with every day; restoreAggregator validates it.
    return { state: marker as unknown as AggregatorState, days: new Map(), needsMarker: true };
  }
  if (marker !== undefined && version !== AGGREGATOR_LEDGER_VERSION) {
    throw new AggregatorStateError(
      stateKey,
      `unknown stored version ${JSON.stringify(version ?? null)} (expected ${AGGREGATOR_LEDGER_VERSION}, or 1 to migrate)`,
    );
  }
  const entries = store.stateEntries(dayEntryPrefix(stateKey));
  const days = new Map(entries.map(([key, value]) => [key, JSON.stringify(value)]));
  return {
    state:
      marker === undefined && entries.length === 0
        ? undefined
        : { version: 1, days: entries.map(([, value]) => value as unknown as AggregatorDayState) },
    days,
    needsMarker: marker === undefined,
  };
}

/**
 * The state entries a commit must write so that the ledger holds `aggregator`: the days that
 * differ from what was stored, `null` for the stored days it no longer has, and the version
 * marker when missing (replacing a version-1 value in the same transaction).
 */
export function aggregatorStateChanges(
  stateKey: string,
  stored: StoredAggregator,
  aggregator: Aggregator,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  if (stored.needsMarker) changes[stateKey] = { version: AGGREGATOR_LEDGER_VERSION };
  const kept = new Set<string>();
  for (const day of aggregator.toJSON().days) {
    const key = dayEntryKey(stateKey, day);
    kept.add(key);
    if (stored.days.get(key) !== JSON.stringify(day)) changes[key] = day;
  }
  for (const key of stored.days.keys()) if (!kept.has(key)) changes[key] = null;
  return changes;
}

/**
 * The state entries a commit must write after a batch added to an aggregator that matched the
 * ledger when the batch began (one kept in memory since its last commit): the days the
 * aggregator itself reports as changed, and `null` for the stored days it evicted. No open day
 * is compared or serialised unless the batch touched it. Takes the aggregator's changes.
 */
export function trackedStateChanges(stateKey: string, aggregator: AggregatorImpl): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  const { changed, removed } = aggregator.takeChanges();
  // Removals first: a day evicted and opened again since is written with its new content.
  for (const day of removed) changes[dayEntryKey(stateKey, day.identity)] = null;
  for (const day of changed) changes[dayEntryKey(stateKey, day.identity)] = dayStateJson(day);
  return changes;
}

/**
 * The aggregator the ledger holds (a new one when it holds none).
 * @throws {@link AggregatorStateError} naming the stored entry at fault.
 */
export function restoreStoredAggregator(
  stored: StoredAggregator,
  options: AggregatorOptions,
): AggregatorImpl {
  if (stored.state === undefined) {
    checkAggregatorOptions(options);
    return new AggregatorImpl(options);
  }
  try {
    return restoreAggregatorImpl(stored.state, options);
  } catch (error) {
    throw nameDayEntry(error, stored);
  }
}

/**
 * Names the stored entry at fault in an error from restoring a version-2 state, whose `days.N`
 * paths mean nothing to a reader of the ledger.
 */
function nameDayEntry(error: unknown, stored: StoredAggregator): unknown {
  if (!(error instanceof AggregatorStateError) || stored.days.size === 0) return error;
  const match = /^days\.(\d+)(.*)$/.exec(error.path);
  const key = match ? [...stored.days.keys()][Number(match[1])] : undefined;
  if (!match || key === undefined) return error;
  const message = error.message.replace(/^Cannot restore the aggregator state: [^:]*: /, '');
  return new AggregatorStateError(`${key}${match[2]}`, message);
}
