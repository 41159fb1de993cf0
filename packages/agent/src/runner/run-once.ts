import {
  type Aggregator,
  createAggregator,
  type DaySummary,
  deliverDuePunches,
  directoryWorkdayOptions,
  normalizeAccount,
  planPunches,
  reconcileUncertain,
  restoreAggregator,
  toLedgerCorrection,
  workdayBounds,
  workdayOf,
} from '@pclogin/core';
import { silentLogger } from '../logging/logger.js';
import type { LogSourceIssue } from '../source/log-source.js';
import type { RunOnceOptions } from './run-once-options.js';
import type { RunOnceReport, UnlinkedAccount } from './run-once-report.js';

/** The ledger state key of the aggregator's open days. */
export const AGGREGATOR_STATE_KEY = 'aggregator';

const MAX_ISSUES_KEPT = 1000;
/** Days closer than this to the newest log (or to now) stay open for late logs. */
const KEEP_OPEN_DAYS = 3;

/**
 * One pass of the agent, the same for every log source: read everything the source has
 * (in batches), aggregate each employee's working days, plan the punches and commit them with
 * the source's checkpoint and the aggregator's state in one transaction per batch; then
 * reconcile uncertain punches against KING OF TIME (when it can be read) and send every due
 * punch. Killed at any instant, the next pass continues where the last commit left off and
 * never sends a punch twice.
 *
 * @throws what `source.read` throws when the source itself cannot be read (nothing of the
 *   failed batch is committed).
 * @example
 * const report = await runOnce({ source, store, sink, resolveEmployee: resolver.resolve, directory });
 * console.log(`${report.sent} punches sent, ${report.unlinked.length} unlinked accounts`);
 */
export async function runOnce(options: RunOnceOptions): Promise<RunOnceReport> {
  const { source, store, sink, signal } = options;
  const clock = options.clock ?? (() => new Date());
  const log = options.log ?? silentLogger;
  const timeZone = options.timeZone ?? 'Asia/Tokyo';
  const defaultDayBorder = options.defaultDayBorder ?? '00:00';
  const maxOpenDays = options.maxOpenDays ?? 20_000;
  const aggregatorOptions = {
    resolveEmployee: options.resolveEmployee,
    workdayOptions: directoryWorkdayOptions(options.directory, {
      timeZone,
      fallbackDayBorder: defaultDayBorder,
    }),
    breaks: {
      enabled: options.breaks?.enabled ?? false,
      ...(options.breaks?.minGapMinutes ? { minGapMinutes: options.breaks.minGapMinutes } : {}),
    },
  };
  const report: RunOnceReport = {
    events: 0,
    issues: [],
    issueCount: 0,
    unlinked: [],
    planned: 0,
    sent: 0,
    failed: 0,
    uncertain: 0,
    reconciledFound: 0,
    reconciledAbsent: 0,
    corrections: 0,
    pending: [],
  };
  const unlinked = new Map<string, { events: number; workdays: Set<string> }>();
  const aggregator = openAggregator(store.state(AGGREGATOR_STATE_KEY), aggregatorOptions, log);
  let newest = Number.NEGATIVE_INFINITY;

  const plan = (extra: { checkpoint?: unknown; force?: boolean } = {}) => {
    const now = clock();
    const planned = planPunches({
      summaries: aggregator.summaries(),
      now,
      policy: options.clockOut ?? 'after-day-end',
      graceMinutes: options.graceMinutes ?? 60,
      breaks: options.breaks?.enabled ?? false,
      existing: (id) => store.get(id),
    });
    const open = new Set(store.corrections().map((c) => c.id));
    const newCorrections = planned.corrections.filter((c) => !open.has(c.id));
    const changed = planned.punches.length > 0 || planned.withdrawn.length > 0 || newCorrections.length > 0;
    if (!changed && !extra.force) return;
    store.commit({
      plan: planned.punches,
      withdraw: planned.withdrawn.map((w) => w.id),
      corrections: planned.corrections.map(toLedgerCorrection),
      ...(extra.checkpoint !== undefined ? { checkpoints: { [source.name]: extra.checkpoint } } : {}),
      state: { [AGGREGATOR_STATE_KEY]: aggregator.toJSON() },
    });
    report.planned += planned.punches.length;
    for (const c of newCorrections)
      log.warn('needs a correction in KING OF TIME', {
        employeeCode: c.employeeCode,
        workday: c.workday,
        message: c.message,
      });
  };

  // Read and plan, batch by batch, each batch committed with its checkpoint.
  let previous = JSON.stringify(store.checkpoint(source.name) ?? null);
  for (;;) {
    if (signal?.aborted) break;
    const batch = await source.read(store.checkpoint(source.name), options.batch ?? { maxEvents: 20_000 });
    report.events += batch.events.length;
    for (const issue of batch.issues) keepIssue(issue);
    report.pending = batch.pending ?? [];
    const added = aggregator.add(batch.events);
    for (const rejected of added.rejected) {
      keepIssue({
        severity: 'error',
        code: 'rejected-event',
        reason: rejected.reason,
        ...(rejected.event.source
          ? { file: rejected.event.source.file, line: rejected.event.source.line }
          : {}),
      });
    }
    for (const event of batch.events) {
      if (event.at.getTime() > newest) newest = event.at.getTime();
      const account = normalizeAccount(event.account);
      if (account === '' || options.resolveEmployee(account) !== undefined) continue;
      const entry = unlinked.get(account) ?? { events: 0, workdays: new Set<string>() };
      entry.events++;
      entry.workdays.add(workdayOf(event.at, { timeZone, dayBorder: defaultDayBorder }));
      unlinked.set(account, entry);
    }
    const checkpoint = JSON.stringify(batch.checkpoint);
    plan({ checkpoint: batch.checkpoint, force: batch.events.length > 0 || checkpoint !== previous });
    previous = checkpoint;
    if (batch.progress) {
      options.onProgress?.({ phase: 'read', ...batch.progress, events: report.events });
    }
    if (batch.done) break;
    // A long backlog: send what is due and close settled days before reading on, so that
    // memory stays bounded by the open days.
    if (aggregator.size > maxOpenDays && options.deliver !== false) {
      await deliver();
      evictSettled();
    }
  }
  plan(); // clock-outs whose working day has ended since the last log

  if (options.deliver !== false && !signal?.aborted) {
    const reconciled = await reconcileUncertain({
      store,
      sink,
      now: clock,
      ...(options.settleMs !== undefined ? { settleMs: options.settleMs } : {}),
      ...(signal ? { signal } : {}),
      onOutcome: (outcome) => {
        if (outcome.outcome === 'found') report.reconciledFound++;
        if (outcome.outcome === 'absent') report.reconciledAbsent++;
        if (outcome.outcome !== 'waiting')
          log.info(
            `uncertain punch ${outcome.outcome === 'found' ? 'found in' : 'absent from'} KING OF TIME`,
            { punch: outcome.punch.id },
          );
        options.onProgress?.({ phase: 'reconcile', outcome });
      },
    });
    if (reconciled.waiting)
      report.reconcileWaiting = { reason: reconciled.waiting.reason, retryAt: reconciled.waiting.retryAt };
    await deliver();
  }
  evictSettled();
  report.corrections = store.corrections().length;
  report.unlinked = [...unlinked].map(
    ([account, { events, workdays }]): UnlinkedAccount => ({
      account,
      events,
      workdays: [...workdays].sort(),
    }),
  );
  return report;

  function keepIssue(issue: LogSourceIssue) {
    report.issueCount++;
    if (report.issues.length < MAX_ISSUES_KEPT) report.issues.push(issue);
  }

  async function deliver() {
    const total = store.due(clock()).length;
    let done = 0;
    const delivery = await deliverDuePunches({
      store,
      sink,
      now: clock,
      ...(signal ? { signal } : {}),
      onOutcome: (outcome) => {
        done++;
        const p = outcome.punch;
        const facts = { punch: p.id, at: p.at.toISOString(), reason: p.reason };
        if (outcome.outcome === 'sent') {
          report.sent++;
          log.debug('punch sent', facts);
        } else if (outcome.outcome === 'failed') {
          report.failed++;
          log.error('punch failed', facts);
        } else if (outcome.outcome === 'uncertain') {
          report.uncertain++;
          log.warn('punch outcome unknown; KING OF TIME will be checked before any resend', facts);
        } else log.info('punch deferred', { ...facts, notBefore: p.notBefore?.toISOString() });
        options.onProgress?.({ phase: 'deliver', done, total, outcome });
      },
    });
    if (delivery.stopped && delivery.stopped.cause === 'sink') report.stopped = delivery.stopped;
    if (delivery.outcomes.length > 0)
      log.info('delivery round', {
        sent: delivery.outcomes.filter((o) => o.outcome === 'sent').length,
        tried: delivery.outcomes.length,
        remaining: delivery.remaining,
      });
  }

  /** Forgets days far enough behind the newest log and now whose punches are all settled. */
  function evictSettled() {
    const now = clock();
    const horizon = Math.min(now.getTime(), Number.isFinite(newest) ? newest : now.getTime());
    const evicted = aggregator.evict((day) => {
      const summary = day.employeeCode
        ? aggregator.summary(day.employeeCode, day.workday)
        : aggregator.accountSummary(day.account, day.workday);
      if (!summary || !closed(summary, horizon)) return false;
      if (!day.employeeCode) return true;
      return store
        .list({ employeeCode: day.employeeCode, from: day.workday, to: day.workday })
        .every((p) => p.state !== 'planned' && p.state !== 'sending');
    });
    if (evicted > 0) store.commit({ state: { [AGGREGATOR_STATE_KEY]: aggregator.toJSON() } });
  }

  function closed(day: DaySummary, horizon: number): boolean {
    const { end } = workdayBounds(day.workday, { timeZone: day.timeZone, dayBorder: day.dayBorder });
    return end.getTime() + KEEP_OPEN_DAYS * 86_400_000 <= horizon;
  }
}

function openAggregator(
  state: unknown,
  options: Parameters<typeof createAggregator>[0],
  log: { warn: (m: string, f?: Record<string, unknown>) => void },
): Aggregator {
  if (state === undefined || state === null) return createAggregator(options);
  try {
    return restoreAggregator(state, options);
  } catch (error) {
    // The ledger still holds every planned punch, so a fresh aggregator cannot send twice;
    // it only forgets the open days' earlier logs.
    log.warn('the stored aggregator state could not be read; starting with no open days', {
      error: error instanceof Error ? error.message : String(error),
    });
    return createAggregator(options);
  }
}
