import { stat } from 'node:fs/promises';
import {
  addWorkdays,
  createAggregatorCache,
  forgetSettledPunches,
  formatInstant,
  ledgerStatus,
  workdayOf,
} from '@pclogin/core';
import type { KotClient } from '@pclogin/kot-client';
import { applyAgentRequests } from '../agent/agent-requests.js';
import { describeLinkProblem } from '../cli/format/describe-link-problem.js';
import { parseIssueReason } from '../cli/format/parse-issue-reason.js';
import { AgentError } from '../errors/agent-error.js';
import { t } from '../i18n/translate.js';
import { createKotPunchSink } from '../kot/create-kot-punch-sink.js';
import { DirectoryUnavailableError } from '../kot/directory-unavailable-error.js';
import { type LoadedEmployeeDirectory, loadEmployeeDirectory } from '../kot/load-employee-directory.js';
import { LinksFileError } from '../links/links-file-error.js';
import { type LoadedLinks, loadLinks } from '../links/load-links.js';
import { silentLogger } from '../logging/logger.js';
import { CREDENTIAL_CODES } from './credential-codes.js';
import { runOnce } from './run-once.js';
import type { RunOnceOptions } from './run-once-options.js';
import type { RunOnceReport } from './run-once-report.js';

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
  let directory: LoadedEmployeeDirectory | undefined;
  let links: LoadedLinks | undefined;
  let linksStamp = '';
  const warnedUnlinked = new Set<string>();
  const sink = createKotPunchSink({ client, directory: () => directory!.directory, now: clock });
  let last: RunOnceReport | undefined;
  let forgottenOn: string | undefined;
  let plannedAt = Number.NEGATIVE_INFINITY;
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
        log.info(`request applied: ${answer.replace(/\n/g, '; ')}`);
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
        planWhenIdle: options.once === true || clock().getTime() - plannedAt >= IDLE_PLAN_MS,
      });
      if (report.planRan) plannedAt = clock().getTime();
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
      throw new AgentError(t('agent.credentialsRefused', { reason: report.stopped.reason }), {
        code: 'KOT_CREDENTIALS_REFUSED',
      });
    }
    if (options.once) return report;
    const next = ledgerStatus(store, { now: clock }).nextAt;
    const untilNext = next ? next.getTime() - clock().getTime() : pollMs;
    await sleep(Math.min(pollMs, Math.max(1000, untilNext)), signal);
  }
  return last;

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
        reason: report.stopped.reason,
        retryAt: report.stopped.retryAt && formatInstant(report.stopped.retryAt, zone),
      });
    if (report.reconcileWaiting)
      log.info(t('log.reconcileWaits'), {
        reason: report.reconcileWaiting.reason,
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

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
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
