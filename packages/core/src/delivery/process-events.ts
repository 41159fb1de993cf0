import type { RejectedEvent } from '../aggregation/aggregator.js';
import type { AggregatorOptions } from '../aggregation/aggregator-options.js';
import type { DaySummary } from '../aggregation/day-summary.js';
import type { RelinkedDay } from '../aggregation/relinked-day.js';
import type { LogEvent } from '../events/log-event.js';
import type { ClockOutPolicy } from '../planning/clock-out-policy.js';
import type { CorrectionItem } from '../planning/correction-item.js';
import { DEFAULT_GRACE_MINUTES, planPunches } from '../planning/plan-punches.js';
import { toLedgerCorrection } from '../planning/to-ledger-correction.js';
import type { LedgerStore } from '../store/ledger-store.js';
import type { PlanOutcome } from '../store/ledger-transaction.js';
import { workdayBounds } from '../workdays/workday-bounds.js';
import type { AggregatorCache } from './aggregator-cache.js';
import { forgottenBefore } from './forget-settled-punches.js';
import {
  aggregatorStateChanges,
  readAggregatorState,
  restoreStoredAggregator,
  trackedStateChanges,
} from './internal/aggregator-ledger-state.js';
import { toClock } from './internal/clock.js';
import { HeldAggregator } from './internal/held-aggregator.js';
import { relinkedPunches } from './internal/relinked-punches.js';

/** How punches are planned from the aggregated days; see {@link planPunches}. */
export interface PlanningSettings {
  /**
   * When 退勤 (clock-out) is planned.
   * @default 'after-day-end'
   */
  policy?: ClockOutPolicy;
  /**
   * Minutes after a working day's end before its 退勤 is planned.
   * @default 10
   */
  graceMinutes?: number;
}

/** Options of {@link processEvents}. */
export interface ProcessEventsOptions {
  /** The ledger: it holds the aggregator state, the checkpoints and the punches. */
  store: LedgerStore;
  /** The source's name, its key in the ledger's checkpoints (e.g. `smarton`). */
  source: string;
  /** The events read since the source's last checkpoint (any order, repeats allowed). */
  events: Iterable<LogEvent>;
  /** Where the source will resume after these events: stored as JSON with everything they caused. */
  checkpoint: unknown;
  /** How events are attributed and grouped: links (`resolveEmployee`), working days, breaks. */
  aggregator?: AggregatorOptions;
  /** How punches are planned. Breaks are planned when `aggregator.breaks.enabled`. */
  planning?: PlanningSettings;
  /**
   * The current time.
   * @default () => new Date()
   */
  now?: Date | (() => Date);
  /**
   * Days are dropped from the aggregator state this many days after they ended, once none of
   * their punches still waits to be sent or checked (keeps the state bounded). A log arriving
   * later reopens the day; the planner then never sends a second punch (it may list a correction).
   * Days before the horizon of {@link forgetSettledPunches} are dropped at once.
   * @default 2
   */
  retainDays?: number;
  /**
   * The key of the aggregator state in the ledger: it holds the format marker (`{ version: 2 }`)
   * and each open day is a state entry under `<stateKey>/day/`, so a commit writes only the days
   * a batch changed. A state stored as one value (`{ version: 1, days }`) is read and rewritten
   * as day entries by the next commit.
   * @default 'aggregator'
   */
  stateKey?: string;
  /**
   * Keeps the aggregator in memory for the next batch (see {@link AggregatorCache}): pass the
   * same cache to every call of one process, e.g. while catching up a backlog batch by batch.
   * Each batch then costs what it changes instead of every open day. The results and the
   * ledger's contents are the same without it.
   * @default none: the aggregator is restored from the ledger for every batch
   */
  cache?: AggregatorCache;
  /**
   * Days of accounts without a link are kept this many days after they ended when the ledger
   * has no horizon (see {@link forgetSettledPunches}; with one, they are kept until it), so
   * that a link made later still punches their logs.
   * @default 92
   */
  unlinkedRetainDays?: number;
}

/** The result of {@link processEvents}. */
export interface ProcessEventsResult {
  /** The transaction's number. */
  seq: number;
  /** Events new to their day. */
  added: number;
  /** Events seen before. */
  duplicates: number;
  /** Events the aggregator could not take, with reasons (the checkpoint moves past them all the same). */
  rejected: RejectedEvent[];
  /** The punches planned or re-timed by this batch. */
  planned: PlanOutcome[];
  /** Correction items a person must fix in KING OF TIME (all open ones of the days still held). */
  corrections: CorrectionItem[];
  /** Planned punches dropped because the logs no longer call for them. */
  withdrawn: string[];
  /** Days dropped from the aggregator state. */
  evicted: number;
  /**
   * Open days moved to another owner because their account's link appeared or changed: their
   * logs are planned for the employee linked now (the earliest log is the 出勤).
   */
  relinked: RelinkedDay[];
}

/**
 * One step of any log source's pipeline: adds a batch of events to the aggregator (restored from
 * the ledger, or kept in memory by {@link ProcessEventsOptions.cache}), plans punches against
 * what the ledger holds, and commits — in **one** transaction — the new punches, correction
 * items, withdrawn punches, the aggregator days the batch changed or evicted, and the source's
 * checkpoint. A crash before the commit replays the batch from the old checkpoint; after it,
 * all of it is kept. Nothing is sent: {@link deliverDuePunches} does that.
 *
 * Runs synchronously from reading the ledger to committing, so it never races a delivery in the
 * same process. Days before the horizon of {@link forgetSettledPunches} get no punches (their
 * settled punches are no longer in the ledger to compare with) and are not kept.
 *
 * @throws {@link AggregatorStateError} when the stored aggregator state is unreadable;
 *   the ledger's errors when the commit fails (then nothing of the batch is kept).
 * @example
 * ```ts
 * const { events, checkpoint } = await reader.read(store.checkpoint('smarton'));
 * const result = processEvents({ store, source: 'smarton', events, checkpoint, aggregator: { resolveEmployee } });
 * for (const r of result.rejected) logger.warn(r.reason);
 * ```
 */
export function processEvents(options: ProcessEventsOptions): ProcessEventsResult {
  const { store } = options;
  const stateKey = options.stateKey ?? 'aggregator';
  const now = toClock(options.now)();
  const aggregatorOptions = options.aggregator ?? {};
  const cache = options.cache;
  if (cache !== undefined && !(cache instanceof HeldAggregator)) {
    throw new TypeError('processEvents: options.cache must come from createAggregatorCache()');
  }
  // The aggregator the last commit left, if the ledger's state is still what it wrote; else
  // the one the ledger holds. Taking it empties the cache: only a successful commit refills it.
  let aggregator = cache?.take(store, stateKey);
  const stored = aggregator === undefined ? readAggregatorState(store, stateKey) : undefined;
  if (aggregator === undefined) aggregator = restoreStoredAggregator(stored!, aggregatorOptions);
  else aggregator.useOptions(aggregatorOptions);
  const added = aggregator.add(options.events);
  // Days moved to another employee by a changed link: what their old owner was sent is wrong.
  const relinked = relinkedPunches(store, aggregator.takeRelinked());
  const graceMinutes = options.planning?.graceMinutes ?? DEFAULT_GRACE_MINUTES;
  const horizon = forgottenBefore(store);
  const summaries = aggregator.summaries();
  const plan = planPunches({
    summaries: horizon === undefined ? summaries : summaries.filter((d) => d.workday >= horizon),
    now,
    policy: options.planning?.policy ?? 'after-day-end',
    graceMinutes,
    breaks: aggregatorOptions.breaks?.enabled ?? false,
    existing: (id) => store.get(id),
  });

  const retainMs = (options.retainDays ?? 2) * 86_400_000;
  const planning = new Set(plan.punches.map((p) => `${p.employeeCode}|${p.workday}`));
  // An unlinked account's day is kept until the horizon (or `unlinkedRetainDays`): a link may
  // still come, and then its logs are punched.
  const unlinkedRetainMs = (options.unlinkedRetainDays ?? 92) * 86_400_000;
  const settled = (day: DaySummary) =>
    day.employeeCode === undefined
      ? horizon === undefined &&
        workdayBounds(day.workday, { timeZone: day.timeZone, dayBorder: day.dayBorder }).end.getTime() +
          unlinkedRetainMs <=
          now.getTime()
      : !planning.has(`${day.employeeCode}|${day.workday}`) &&
        store
          .list({ employeeCode: day.employeeCode, from: day.workday, to: day.workday })
          .every((p) => p.state === 'sent' || p.state === 'failed');
  const ended = (day: DaySummary) =>
    workdayBounds(day.workday, { timeZone: day.timeZone, dayBorder: day.dayBorder }).end.getTime() +
      Math.max(retainMs, graceMinutes * 60_000) <=
    now.getTime();
  // Days before the horizon are never planned (their settled punches are gone from the ledger),
  // so nothing is gained by holding them: dropped at once, they are never even written —
  // which matters when a first run reads weeks of logs before its start date.
  const beforeHorizon = (day: DaySummary) => horizon !== undefined && day.workday < horizon;
  const evict = new Set(
    summaries
      .filter((day) => beforeHorizon(day) || (ended(day) && settled(day)))
      .map((day) => `${day.employeeCode ?? ''}|${day.account}|${day.workday}`),
  );
  const evicted =
    evict.size === 0
      ? 0
      : aggregator.evict((day) => evict.has(`${day.employeeCode ?? ''}|${day.account}|${day.workday}`));

  // Restored: compare every open day with what is stored (this also rewrites a version-1
  // state, or stored days in another form, as the aggregator writes them). Kept in memory: the
  // aggregator knows which days the batch changed or evicted.
  const state =
    stored === undefined
      ? trackedStateChanges(stateKey, aggregator)
      : aggregatorStateChanges(stateKey, stored, aggregator);
  const result = store.commit({
    plan: plan.punches,
    withdraw: [...plan.withdrawn.map((w) => w.id), ...relinked.withdraw],
    corrections: [...plan.corrections, ...relinked.corrections].map(toLedgerCorrection),
    ...(relinked.resolve.length > 0 ? { resolveCorrections: relinked.resolve } : {}),
    state,
    checkpoints: { [options.source]: options.checkpoint ?? null },
  });
  if (cache !== undefined) {
    if (stored !== undefined) aggregator.markStored();
    cache.keep(store, stateKey, aggregator);
  }
  return {
    seq: result.seq,
    added: added.added,
    duplicates: added.duplicates,
    rejected: added.rejected,
    planned: result.planned,
    corrections: [...plan.corrections, ...relinked.corrections],
    withdrawn: result.withdrawn,
    relinked: relinked.days,
    evicted,
  };
}
