import {
  createAggregatorCache,
  deliverDuePunches,
  directoryWorkdayOptions,
  displayId,
  formatInstant,
  type LogSourceIssue,
  normalizeAccount,
  processEvents,
  type ReconcileOutcome,
  reconcileUncertain,
  toLedgerCorrection,
  workdayOf,
} from '@pclogin/core';
import { correctionText } from '../cli/format/correction-text.js';
import { localizedReason } from '../i18n/localized-reason.js';
import { getLocale, t } from '../i18n/translate.js';
import { silentLogger } from '../logging/logger.js';
import { CREDENTIAL_CODES } from './credential-codes.js';
import type { RunOnceOptions } from './run-once-options.js';
import type { RunOnceReport, UnlinkedAccount } from './run-once-report.js';

/** The ledger state key of the aggregator's open days. */
export const AGGREGATOR_STATE_KEY = 'aggregator';

const MAX_ISSUES_KEPT = 1000;

/**
 * One pass of the agent, the same for every log source: read what the source has, batch by
 * batch, each batch planned and committed with the source's checkpoint by the core's
 * `processEvents` (one transaction); send what is due between batches of a long backlog and at
 * the end; reconcile uncertain punches against KING OF TIME when it can be read. Killed at any
 * instant, the next pass continues from the last commit and never sends a punch twice.
 *
 * While a backlog is read, working days are closed by the logs, not by the clock: a clock-out is
 * planned once the logs read so far have passed the end of its working day (plus the grace
 * period), so that a day split across two batches (a night shift over two files) gets its
 * true last log. The last batch is planned with the real time.
 *
 * @throws what `source.read` throws when the source itself cannot be read (nothing of that
 *   batch is committed).
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
  const deliver = options.deliver !== false;
  const aggregator = {
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
  // One aggregator in memory for the whole pass (and across passes when given): each batch
  // adds to it instead of restoring every open day from the ledger. The cache gives it back
  // only while the ledger's state is what the previous commit wrote (deliveries between
  // batches write punches only), and drops it when a commit fails.
  const cache = options.aggregatorCache ?? createAggregatorCache();
  const planning = {
    policy: options.clockOut ?? 'after-day-end',
    graceMinutes: options.graceMinutes ?? 60,
  } as const;
  const report: RunOnceReport = {
    events: 0,
    issues: [],
    issueCount: 0,
    unlinked: [],
    planRan: false,
    planned: 0,
    sent: 0,
    failed: 0,
    uncertain: 0,
    reconciledFound: 0,
    reconciledAbsent: 0,
    corrections: 0,
    held: 0,
    pending: [],
  };
  const unlinked = new Map<string, { events: number; workdays: Set<string> }>();
  const openCorrections = new Set(store.corrections().map((c) => c.id));
  let frontier = Number.NEGATIVE_INFINITY;

  for (;;) {
    if (signal?.aborted) break;
    // The stop signal goes into the read too: a large (or hostile) file is left between two
    // chunks, with its checkpoint, rather than read to its end first.
    const batch = await source.read(store.checkpoint(source.name), {
      ...(options.batch ?? { maxEvents: 5000 }),
      ...(signal ? { signal } : {}),
    });
    report.events += batch.events.length;
    for (const issue of batch.issues) keepIssue(issue);
    report.pending = batch.pending ?? [];
    for (const event of batch.events) {
      if (event.at.getTime() > frontier) frontier = event.at.getTime();
      countUnlinked(event.account, event.at);
    }
    // Nothing new and nothing for the clock to bring due: no commit (a service polls every
    // few seconds, and each commit is an fsync even when it writes only a few bytes).
    const idle =
      batch.events.length === 0 &&
      batch.done &&
      options.planWhenIdle === false &&
      JSON.stringify(batch.checkpoint) === JSON.stringify(store.checkpoint(source.name) ?? null);
    if (idle) break;
    const now =
      batch.done || !Number.isFinite(frontier) ? clock() : new Date(Math.min(clock().getTime(), frontier));
    report.planRan = true;
    const result = processEvents({
      store,
      source: source.name,
      events: batch.events,
      checkpoint: batch.checkpoint,
      aggregator,
      planning,
      now,
      stateKey: AGGREGATOR_STATE_KEY,
      cache,
    });
    report.planned += result.planned.filter(
      (p) => p.outcome === 'inserted' || p.outcome === 'updated',
    ).length;
    for (const rejected of result.rejected) {
      keepIssue({
        severity: 'error',
        code: 'rejected-event',
        reason: rejected.reason,
        ...(rejected.event.source
          ? { file: rejected.event.source.file, line: rejected.event.source.line }
          : {}),
      });
    }
    for (const c of result.corrections) {
      if (openCorrections.has(c.id)) continue;
      openCorrections.add(c.id);
      log.warn(t('log.correctionNeeded'), {
        id: displayId(c.id),
        employeeCode: c.employeeCode,
        workday: c.workday,
        message: correctionText({ ...toLedgerCorrection(c), createdAt: now }, timeZone),
      });
    }
    if (batch.progress) options.onProgress?.({ phase: 'read', ...batch.progress, events: report.events });
    if (batch.done) break;
    // A backlog: send what is due before reading on, so that punches flow and the days held
    // in memory stay few (settled days are dropped).
    if (deliver && !report.stopped) await deliverRound();
  }

  if (deliver && !signal?.aborted) {
    const reconciled = await reconcileUncertain({
      store,
      sink,
      now: clock,
      ...(options.settleMs !== undefined ? { settleMs: options.settleMs } : {}),
      ...(signal ? { signal } : {}),
      onOutcome: onReconciled,
    });
    if (reconciled.waiting) {
      report.reconcileWaiting = {
        reason: reconciled.waiting.reason,
        ...(reconciled.waiting.reasonDetail ? { reasonDetail: reconciled.waiting.reasonDetail } : {}),
        retryAt: reconciled.waiting.retryAt,
      };
    }
    if (!report.stopped || reconciled.outcomes.some((o) => o.outcome === 'absent')) await deliverRound();
  }
  report.corrections = store.corrections().length;
  report.unlinked = [...unlinked].map(
    ([account, { events, workdays }]): UnlinkedAccount => ({
      account,
      events,
      workdays: [...workdays].sort(),
    }),
  );
  return report;

  function onReconciled(outcome: ReconcileOutcome) {
    if (outcome.outcome === 'found') report.reconciledFound++;
    if (outcome.outcome === 'absent') report.reconciledAbsent++;
    if (outcome.outcome !== 'waiting') {
      log.info(t(outcome.outcome === 'found' ? 'log.uncertainFound' : 'log.uncertainAbsent'), {
        punch: displayId(outcome.punch.id),
      });
    }
    options.onProgress?.({ phase: 'reconcile', outcome });
  }

  function keepIssue(issue: LogSourceIssue) {
    report.issueCount++;
    if (report.issues.length < MAX_ISSUES_KEPT) report.issues.push(issue);
  }

  function countUnlinked(rawAccount: string, at: Date) {
    const account = normalizeAccount(rawAccount);
    if (account === '' || options.resolveEmployee(account) !== undefined) return;
    const entry = unlinked.get(account) ?? { events: 0, workdays: new Set<string>() };
    entry.events++;
    entry.workdays.add(workdayOf(at, { timeZone, dayBorder: defaultDayBorder }));
    unlinked.set(account, entry);
  }

  async function deliverRound() {
    const total = store.due(clock()).length;
    let done = 0;
    const delivery = await deliverDuePunches({
      store,
      sink,
      now: clock,
      timeZone,
      ...(options.settleMs !== undefined ? { settleMs: options.settleMs } : {}),
      ...(options.breaker ? { breaker: options.breaker } : {}),
      ...(signal ? { signal } : {}),
      onReconcile: onReconciled,
      onOutcome: (outcome) => {
        done++;
        const p = outcome.punch;
        const facts = {
          punch: displayId(p.id),
          at: formatInstant(p.at, timeZone),
          reason: p.reason && localizedReason(p.reason, p.reasonDetail, timeZone)[getLocale()],
        };
        if (outcome.outcome === 'sent') {
          report.sent++;
          log.debug(t('log.punchSent'), facts);
        } else if (outcome.outcome === 'failed') {
          report.failed++;
          log.error(t('log.punchFailed'), facts);
        } else if (outcome.outcome === 'held') {
          report.held++;
          log.info(t('log.punchHeld'), facts);
        } else if (outcome.outcome === 'uncertain') {
          report.uncertain++;
          log.warn(t('log.punchUncertain'), facts);
        } else
          log.info(t('log.punchDeferred'), {
            ...facts,
            notBefore: p.notBefore && formatInstant(p.notBefore, timeZone),
          });
        options.onProgress?.({ phase: 'deliver', done, total, outcome });
      },
    });
    if (delivery.stopped && delivery.stopped.cause !== 'aborted') report.stopped = delivery.stopped;
    const unreadable = delivery.unreadable;
    if (unreadable?.reasonCode && CREDENTIAL_CODES.has(unreadable.reasonCode)) {
      report.stopped = { cause: 'sink', ...unreadable };
    } else if (unreadable) {
      log.info(t('log.unseenDaysWait'), {
        reason: localizedReason(unreadable.reason, unreadable.reasonDetail, timeZone)[getLocale()],
        retryAt: formatInstant(unreadable.retryAt, timeZone),
      });
    }
    if (delivery.outcomes.length > 0) {
      log.info(t('log.deliveryRound'), {
        sent: delivery.outcomes.filter((o) => o.outcome === 'sent').length,
        tried: delivery.outcomes.length,
        remaining: delivery.remaining,
      });
    }
  }
}
