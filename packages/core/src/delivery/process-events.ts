import type { RejectedEvent } from '../aggregation/aggregator.js';
import type { AggregatorOptions } from '../aggregation/aggregator-options.js';
import type { DaySummary } from '../aggregation/day-summary.js';
import type { LogEvent } from '../events/log-event.js';
import type { ClockOutPolicy } from '../planning/clock-out-policy.js';
import type { CorrectionItem } from '../planning/correction-item.js';
import { DEFAULT_GRACE_MINUTES, planPunches } from '../planning/plan-punches.js';
import { toLedgerCorrection } from '../planning/to-ledger-correction.js';
import type { LedgerStore } from '../store/ledger-store.js';
import type { PlanOutcome } from '../store/ledger-transaction.js';
import { workdayBounds } from '../workdays/workday-bounds.js';
import { forgottenBefore } from './forget-settled-punches.js';
import {
  aggregatorStateChanges,
  readAggregatorState,
  restoreStoredAggregator,
} from './internal/aggregator-ledger-state.js';
import { toClock } from './internal/clock.js';

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
}

/**
 * One step of any log source's pipeline: adds a batch of events to the aggregator (restored from
 * the ledger), plans punches against what the ledger holds, and commits — in **one**
 * transaction — the new punches, correction items, withdrawn punches, the aggregator days the
 * batch changed or evicted, and the source's checkpoint. A crash before the commit replays the batch from the old checkpoint;
 * after it, all of it is kept. Nothing is sent: {@link deliverDuePunches} does that.
 *
 * Runs synchronously from reading the ledger to committing, so it never races a delivery in the
 * same process. Days before the horizon of {@link forgetSettledPunches} get no punches: their
 * settled punches are no longer in the ledger to compare with.
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
  const stored = readAggregatorState(store, stateKey);
  const aggregator = restoreStoredAggregator(stored, aggregatorOptions);
  const added = aggregator.add(options.events);
  const graceMinutes = options.planning?.graceMinutes ?? DEFAULT_GRACE_MINUTES;
  const horizon = forgottenBefore(store);
  const plan = planPunches({
    summaries:
      horizon === undefined
        ? aggregator.summaries()
        : aggregator.summaries().filter((d) => d.workday >= horizon),
    now,
    policy: options.planning?.policy ?? 'after-day-end',
    graceMinutes,
    breaks: aggregatorOptions.breaks?.enabled ?? false,
    existing: (id) => store.get(id),
  });

  const retainMs = (options.retainDays ?? 2) * 86_400_000;
  const planning = new Set(plan.punches.map((p) => `${p.employeeCode}|${p.workday}`));
  const settled = (day: DaySummary) =>
    day.employeeCode === undefined ||
    (!planning.has(`${day.employeeCode}|${day.workday}`) &&
      store
        .list({ employeeCode: day.employeeCode, from: day.workday, to: day.workday })
        .every((p) => p.state === 'sent' || p.state === 'failed'));
  const ended = (day: DaySummary) =>
    workdayBounds(day.workday, { timeZone: day.timeZone, dayBorder: day.dayBorder }).end.getTime() +
      Math.max(retainMs, graceMinutes * 60_000) <=
    now.getTime();
  const evict = new Set(
    aggregator
      .summaries()
      .filter((day) => ended(day) && settled(day))
      .map((day) => `${day.employeeCode ?? ''}|${day.account}|${day.workday}`),
  );
  const evicted =
    evict.size === 0
      ? 0
      : aggregator.evict((day) => evict.has(`${day.employeeCode ?? ''}|${day.account}|${day.workday}`));

  const result = store.commit({
    plan: plan.punches,
    withdraw: plan.withdrawn.map((w) => w.id),
    corrections: plan.corrections.map(toLedgerCorrection),
    state: aggregatorStateChanges(stateKey, stored, aggregator),
    checkpoints: { [options.source]: options.checkpoint ?? null },
  });
  return {
    seq: result.seq,
    added: added.added,
    duplicates: added.duplicates,
    rejected: added.rejected,
    planned: result.planned,
    corrections: plan.corrections,
    withdrawn: result.withdrawn,
    evicted,
  };
}
