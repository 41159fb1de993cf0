import { stat } from 'node:fs/promises';
import {
  addWorkdays,
  createAggregatorCache,
  createCircuitBreaker,
  forgetSettledPunches,
  formatInstant,
  ledgerStatus,
  mayLookEarly,
  type ReasonDetail,
  reconcilableAt,
  type WaitingPunch,
  workdayOf,
} from '@pclogin/core';
import type { KotClient } from '@pclogin/kot-client';
import { applyAgentRequests } from '../agent/agent-requests.js';
import { describeLinkProblem } from '../cli/format/describe-link-problem.js';
import { parseIssueReason } from '../cli/format/parse-issue-reason.js';
import { AgentError } from '../errors/agent-error.js';
import { localizedReason } from '../i18n/localized-reason.js';
import { getLocale, t } from '../i18n/translate.js';
import { createKotPunchSink } from '../kot/create-kot-punch-sink.js';
import { DirectoryUnavailableError } from '../kot/directory-unavailable-error.js';
import { type LoadedEmployeeDirectory, loadEmployeeDirectory } from '../kot/load-employee-directory.js';
import { LinksFileError } from '../links/links-file-error.js';
import { type LoadedLinks, loadLinks } from '../links/load-links.js';
import { silentLogger } from '../logging/logger.js';
import { CREDENTIAL_CODES } from './credential-codes.js';
import { runOnce } from './run-once.js';
import type { RunOnceOptions } from './run-once-options.js';
import type { IncompleteDelivery, RunOnceReport } from './run-once-report.js';

/** Options of {@link runAgent}. */
export interface RunAgentOptions extends Omit<RunOnceOptions, 'sink' | 'resolveEmployee' | 'directory'> {
  /** The KING OF TIME client (see `createKotClientFromConfig`). */
  client: KotClient;
  /** The linking CSV; re-read when it changes. */
  linksFile: string;
  /**
   * One pass, then return its report; otherwise keep polling until `signal` fires.
   * @default false
   */
  once?: boolean;
  /**
   * The longest wait between two passes (ms); shorter when a punch falls due sooner.
   * @default 30000
   */
  pollIntervalMs?: number;
  /**
   * How old the cached employee list may get before it is fetched again (outside the
   * restricted hours).
   * @default 86400000
   */
  directoryMaxAgeMs?: number;
  /**
   * Settled punches (sent or failed) of working days older than this are dropped from the
   * ledger once a day, to keep it small; logs of those days are then ignored.
   * @default 92
   */
  keepSettledDays?: number;
  /**
   * Logs of working days before this one (`YYYY-MM-DD`) are ignored: e.g. the day the company
   * switches from another integration that already sent the earlier punches.
   * @default none: every log in the folder counts
   */
  startDate?: string;
  /**
   * With `once`: how long (ms) it may wait, after its first pass, for retries and reconciliation
   * to come due (a rate limit's Retry-After, a punch's retry, an uncertain punch's settle time,
   * an outage's next probe). It then ends; the report's `incomplete` says what is left.
   * @default 120000
   */
  onceMaxWaitMs?: number;
  /** Waits (ms) between passes; for tests. @default a timer, cut short by `signal` */
  sleep?: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
  /** Called after every pass. */
  onPass?: (report: RunOnceReport) => void;
  /**
   * The state folder: requests handed to the running agent (`retry`, `corrections resolve` run
   * while it holds the folder) wait in its `requests` folder and are applied before each pass.
   * @default none: no requests are read
   */
  stateDirectory?: string;
}

/**
 * How long `run --once` may wait after its first pass for retries and reconciliation: long
 * enough for a Retry-After, a 503'd punch's settle time (10 s) and a dropped one's (60 s),
 * and two probes of an outage; short enough for a scheduled task every few minutes.
 */
const DEFAULT_ONCE_MAX_WAIT_MS = 120_000;

/** How often it looks again at uncertain punches that have not settled yet. */
const ONCE_LOOK_MS = 5_000;

/**
 * How often a polling agent plans with nothing new read: clock-outs come due when a working day
 * ends (plus the grace period), and a few minutes late is nothing against that.
 */
const IDLE_PLAN_MS = 5 * 60_000;

/**
 * The agent: keeps the employee list (fetched once a day outside KING OF TIME's restricted
 * hours, cached in the ledger), the linking CSV (re-read when it changes) and the source in
 * step, and runs {@link runOnce} — once, or every `pollIntervalMs` until `signal` fires.
 * Log folders on network shares send no change events, so it polls. A refused token or proxy
 * password stops it with an {@link AgentError} (`KOT_CREDENTIALS_REFUSED`): nothing is lost,
 * the punches wait in the ledger.
 *
 * @returns the last pass's report (`undefined` when stopped before the first pass).
 * @example
 * const controller = new AbortController();
 * process.once('SIGTERM', () => controller.abort());
 * await runAgent({ source, store, client, linksFile, signal: controller.signal });
 */
export async function runAgent(options: RunAgentOptions): Promise<RunOnceReport | undefined> {
  const { client, store, signal } = options;
  const clock = options.clock ?? (() => new Date());
  const log = options.log ?? silentLogger;
  const pollMs = options.pollIntervalMs ?? 30_000;
  const zone = options.timeZone ?? 'Asia/Tokyo';
  const sleep = options.sleep ?? sleepFor;
  const settleMs = options.settleMs ?? 60_000;
  // One breaker for the agent's life: an outage found by one pass holds the next back.
  const breaker = options.breaker ?? createCircuitBreaker();
  let directory: LoadedEmployeeDirectory | undefined;
  let links: LoadedLinks | undefined;
  let linksStamp = '';
  const warnedUnlinked = new Set<string>();
  const sink = createKotPunchSink({ client, directory: () => directory!.directory, now: clock });
  let last: RunOnceReport | undefined;
  let forgottenOn: string | undefined;
  let plannedAt = Number.NEGATIVE_INFINITY;
  // New links (or a new employee list) change what the logs already read mean: plan at the next
  // pass even when no new logs came (an account linked now has its kept logs punched at once).
  let replan = false;
  // The aggregator stays in memory from pass to pass: a poll then costs what its logs change.
  const aggregatorCache = options.aggregatorCache ?? createAggregatorCache();

  while (!signal?.aborted) {
    try {
      const previous = directory;
      directory = await loadEmployeeDirectory({
        client,
        store,
        clock,
        log,
        ...(options.directoryMaxAgeMs !== undefined ? { maxAgeMs: options.directoryMaxAgeMs } : {}),
      });
      if (directory.staleBecause && directory.fetchedAt.getTime() !== previous?.fetchedAt.getTime()) {
        log.info(t('log.usingStoredList'), {
          fetchedAt: formatInstant(directory.fetchedAt),
          because: directory.staleBecause,
        });
      }
      const stamp = await fileStamp(options.linksFile);
      if (!links || stamp !== linksStamp || directory.fetchedAt.getTime() !== previous?.fetchedAt.getTime()) {
        try {
          links = await loadLinks(options.linksFile, directory.directory).catch(async (error: unknown) => {
            // Links to employees the stored list does not know yet (added in KOT today): fetch
            // the list now, outside the restricted hours, before calling the links wrong.
            if (!(error instanceof LinksFileError) || directory?.from !== 'cache') throw error;
            if (!error.problems.every((p) => p.code === 'unknown-employee')) throw error;
            directory = await loadEmployeeDirectory({ client, store, clock, log, refresh: 'force' });
            return loadLinks(options.linksFile, directory.directory);
          });
          linksStamp = stamp;
          replan = true;
          log.info(t('log.linksLoaded'), { file: options.linksFile, accounts: links.resolver.size });
          for (const p of links.problems.filter((p) => p.severity === 'warning'))
            log.warn(describeLinkProblem(p, options.linksFile));
        } catch (error) {
          // A broken edit of a running agent's links: keep the previous ones.
          if (!links || options.once) throw error;
          log.error(t('log.linksChangedWithErrors'), { error });
          linksStamp = stamp;
        }
      }
    } catch (error) {
      if (!(error instanceof DirectoryUnavailableError) || options.once) throw error;
      const retryAt = error.retryAt ?? new Date(clock().getTime() + pollMs);
      log.warn(error.message, { retryAt: formatInstant(retryAt, zone) });
      await sleep(Math.max(1000, retryAt.getTime() - clock().getTime()), signal);
      continue;
    }

    if (options.stateDirectory !== undefined) {
      for (const answer of applyAgentRequests({ stateDirectory: options.stateDirectory }, store, clock))
        log.info(t('log.requestApplied', { answer: answer.replace(/\n/g, '; ') }));
    }
    const today = workdayOf(clock(), { timeZone: options.timeZone ?? 'Asia/Tokyo' });
    if (today !== forgottenOn) {
      const kept = addWorkdays(today, -(options.keepSettledDays ?? 92));
      const before = options.startDate && options.startDate > kept ? options.startDate : kept;
      const dropped = forgetSettledPunches(store, { before });
      if (dropped > 0) log.info(t('log.oldPunchesDropped'), { punches: dropped, before });
      forgottenOn = today;
    }
    let report: RunOnceReport;
    try {
      report = await runOnce({
        ...options,
        sink,
        resolveEmployee: links.resolver.resolve,
        directory: directory.directory,
        aggregatorCache,
        breaker,
        planWhenIdle: options.once === true || replan || clock().getTime() - plannedAt >= IDLE_PLAN_MS,
      });
      if (report.planRan) {
        plannedAt = clock().getTime();
        replan = false;
      }
      if (options.once) report = await finishOnce(report);
    } catch (error) {
      // A running service rides out what passes by itself (a network share gone for a moment,
      // KING OF TIME unreachable): nothing was committed for the failed batch, so the next
      // pass reads it again. Anything else stops it.
      if (options.once || !isPassing(error)) throw error;
      log.error(t('log.passFailed'), { error });
      await sleep(pollMs, signal);
      continue;
    }
    last = report;
    logPass(report);
    options.onPass?.(report);
    if (report.stopped?.reasonCode && CREDENTIAL_CODES.has(report.stopped.reasonCode)) {
      const stopped = report.stopped;
      throw new AgentError(
        t('agent.credentialsRefused', {
          reason: localizedReason(stopped.reason, stopped.reasonDetail, zone),
        }),
        {
          code: 'KOT_CREDENTIALS_REFUSED',
        },
      );
    }
    if (options.once) return report;
    const next = nextActionAt(report);
    const untilNext = next ? next.getTime() - clock().getTime() : pollMs;
    await sleep(Math.min(pollMs, Math.max(1000, untilNext)), signal);
  }
  return last;

  /** The earliest instant a waiting punch, an uncertain one or a paused delivery can go on. */
  function nextActionAt(report: RunOnceReport): Date | undefined {
    const status = ledgerStatus(store, { now: clock, settleMs });
    const next = status.nextAt?.getTime() ?? Number.POSITIVE_INFINITY;
    // An uncertain punch that settled while the round was busy is checked at once (nextAt
    // leaves out what is already due), not after a whole poll interval.
    const settled = status.uncertain[0]?.until.getTime() ?? Number.POSITIVE_INFINITY;
    const resume = report.stopped?.retryAt?.getTime() ?? Number.POSITIVE_INFINITY;
    // Punches whose retry came due during the round go now, unless delivery is paused.
    const due = status.due > 0 && !report.stopped ? clock().getTime() : Number.POSITIVE_INFINITY;
    // An uncertain punch KING OF TIME already shows is confirmed by a look before it settles.
    const at = Math.min(next, settled, resume, due, earlyLookAt(clock().getTime()));
    return Number.isFinite(at) ? new Date(at) : undefined;
  }

  /**
   * `run --once` after its first pass: waits for retries and reconciliation to come due and runs
   * delivery again, until nothing deliverable is left or the next step lies beyond
   * `onceMaxWaitMs`; then says what is left.
   */
  async function finishOnce(first: RunOnceReport): Promise<RunOnceReport> {
    // Counted from the end of the first pass: a long catch-up does not eat the time for retries.
    const deadline = clock().getTime() + (options.onceMaxWaitMs ?? DEFAULT_ONCE_MAX_WAIT_MS);
    let total = first;
    let lastRun = clock().getTime();
    for (;;) {
      const left = deliverableLeft(total);
      if (!left || signal?.aborted) return { ...total, ...(left ? { incomplete: left } : {}) };
      if (total.stopped?.reasonCode && CREDENTIAL_CODES.has(total.stopped.reasonCode)) {
        return { ...total, incomplete: left };
      }
      const now = clock().getTime();
      const wake = Math.max(
        now,
        lastRun + 1000, // never a busy loop, whatever a sink answers
        Math.min(left.nextAt?.getTime() ?? Number.POSITIVE_INFINITY, earlyLookAt(lastRun)),
      );
      if (!Number.isFinite(wake) || wake > deadline) return { ...total, incomplete: left };
      if (wake > now) {
        log.info(t('log.waitingForRest'), {
          planned: left.planned,
          uncertain: left.uncertain,
          until: formatInstant(new Date(wake), zone),
          ...(left.reason
            ? { because: localizedReason(left.reason, left.reasonDetail, zone)[getLocale()] }
            : {}),
        });
        await sleep(wake - now, signal);
        if (signal?.aborted) continue;
      }
      lastRun = clock().getTime();
      const more = await runOnce({
        ...options,
        sink,
        resolveEmployee: links!.resolver.resolve,
        directory: directory!.directory,
        aggregatorCache,
        breaker,
        planWhenIdle: false,
      });
      total = mergeReports(total, more);
    }
  }

  /**
   * When to look again at uncertain punches that have not settled: one KING OF TIME shows is
   * confirmed before its settle time (not those told to wait, e.g. for restricted hours).
   */
  function earlyLookAt(lastRun: number): number {
    let at = Number.POSITIVE_INFINITY;
    const now = clock().getTime();
    for (const punch of store.list({ state: 'uncertain' })) {
      if (reconcilableAt(punch, settleMs).getTime() <= now || !mayLookEarly(punch, settleMs)) continue;
      at = Math.min(at, Math.max(punch.updatedAt.getTime(), lastRun) + ONCE_LOOK_MS);
    }
    return at;
  }

  /** What is left to deliver now: planned punches whose time has come, and uncertain ones. */
  function deliverableLeft(report: RunOnceReport): IncompleteDelivery | undefined {
    const now = clock();
    const status = ledgerStatus(store, { now, settleMs });
    const retrying = status.waiting.filter((w) => w.punch.at.getTime() <= now.getTime());
    const planned = status.due + retrying.length;
    const uncertain = status.counts.uncertain + status.counts.sending;
    if (planned + uncertain === 0) return undefined;
    type Next = { at: number; reason?: string; reasonDetail?: ReasonDetail };
    const waitingFor = (w: WaitingPunch): Next => ({
      at: w.until.getTime(),
      ...(w.reason ? { reason: w.reason } : {}),
      ...(w.reason && w.punch.reasonDetail ? { reasonDetail: w.punch.reasonDetail } : {}),
    });
    const candidates: Next[] = [
      ...(status.due > 0 ? [{ at: now.getTime() }] : []),
      ...retrying.map(waitingFor),
      ...status.uncertain.map(waitingFor),
    ];
    const resume = report.stopped?.retryAt?.getTime();
    const stopped: Next | undefined = report.stopped?.reason
      ? {
          at: resume ?? now.getTime(),
          reason: report.stopped.reason,
          ...(report.stopped.reasonDetail ? { reasonDetail: report.stopped.reasonDetail } : {}),
        }
      : undefined;
    let next = candidates.reduce<Next | undefined>(
      (min, c) => (min === undefined || c.at < min.at ? c : min),
      undefined,
    );
    // A paused delivery (rate limit, outage) holds back even the punches that are due.
    if (resume !== undefined && status.due > 0 && next && next.at < resume) {
      next = { ...stopped, at: resume };
    }
    const why = next?.reason ? next : stopped;
    return {
      planned,
      uncertain,
      ...(next ? { nextAt: new Date(Math.max(next.at, now.getTime())) } : {}),
      ...(why?.reason ? { reason: why.reason } : {}),
      ...(why?.reasonDetail ? { reasonDetail: why.reasonDetail } : {}),
    };
  }

  function logPass(report: RunOnceReport) {
    for (const issue of report.issues.slice(0, 20)) {
      log.warn(t('log.skipped', { reason: parseIssueReason(issue) }), {
        file: issue.file,
        line: issue.line,
        code: issue.code,
      });
    }
    if (report.issueCount > 20) log.warn(t('log.moreProblems', { count: report.issueCount - 20 }));
    for (const u of report.unlinked) {
      if (warnedUnlinked.has(u.account)) continue;
      warnedUnlinked.add(u.account);
      log.warn(t('log.unlinkedAccountKept'), {
        account: u.account,
        events: u.events,
      });
    }
    if (
      report.events > 0 ||
      report.sent > 0 ||
      report.failed > 0 ||
      report.uncertain > 0 ||
      report.held > 0
    ) {
      log.info(t('log.passDone'), {
        events: report.events,
        planned: report.planned,
        sent: report.sent,
        failed: report.failed,
        uncertain: report.uncertain,
        corrections: report.corrections,
        // Punches KING OF TIME already held for days this state folder had not seen: not sent.
        ...(report.held > 0 ? { alreadyInKot: report.held } : {}),
      });
    }
    if (report.stopped)
      log.warn(t('log.deliveryPaused'), {
        reason: localizedReason(report.stopped.reason, report.stopped.reasonDetail, zone)[getLocale()],
        retryAt: report.stopped.retryAt && formatInstant(report.stopped.retryAt, zone),
      });
    if (report.reconcileWaiting)
      log.info(t('log.reconcileWaits'), {
        reason: localizedReason(report.reconcileWaiting.reason, report.reconcileWaiting.reasonDetail, zone)[
          getLocale()
        ],
        retryAt: formatInstant(report.reconcileWaiting.retryAt, zone),
      });
  }
}

/** Failures a later pass can get past without anyone's help. */
function isPassing(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (error instanceof Error && error.name === 'LogFileError')
    return code === 'busy' || code === 'io-error' || code === 'not-found';
  return (
    code === 'KOT_CONNECTION_FAILED' ||
    code === 'KOT_TIMEOUT' ||
    code === 'KOT_SERVER_ERROR' ||
    code === 'KOT_RATE_LIMITED'
  );
}

async function fileStamp(file: string): Promise<string> {
  try {
    const s = await stat(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

/** Adds up two passes of one `run --once`; the later pass's stop and waits win. */
function mergeReports(a: RunOnceReport, b: RunOnceReport): RunOnceReport {
  const { stopped: _stopped, reconcileWaiting: _waiting, ...rest } = a;
  return {
    ...rest,
    events: a.events + b.events,
    issues: [...a.issues, ...b.issues].slice(0, 1000),
    issueCount: a.issueCount + b.issueCount,
    planRan: a.planRan || b.planRan,
    planned: a.planned + b.planned,
    sent: a.sent + b.sent,
    failed: a.failed + b.failed,
    uncertain: a.uncertain + b.uncertain,
    reconciledFound: a.reconciledFound + b.reconciledFound,
    reconciledAbsent: a.reconciledAbsent + b.reconciledAbsent,
    corrections: b.corrections,
    pending: b.pending,
    ...(b.stopped ? { stopped: b.stopped } : {}),
    ...(b.reconcileWaiting ? { reconcileWaiting: b.reconcileWaiting } : {}),
  };
}

function sleepFor(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}
