import { isMainThread } from 'node:worker_threads';
import { formatInstant } from '@pclogin/core';
import { runWithConfig } from '../../agent/run-with-config.js';
import { UsageError } from '../../errors/usage-error.js';
import type { Locale } from '../../i18n/locale.js';
import { localizedReason } from '../../i18n/localized-reason.js';
import { getLocale, t, translate } from '../../i18n/translate.js';
import type { RunOnceReport } from '../../runner/run-once-report.js';
import { type ConfigOptions, createCommandContext } from '../context.js';
import { runProgressBars } from '../run-progress.js';
import { onStopSignals } from '../worker/stop-signals.js';

/** How long a stop request may take before the process is ended (as on a worker). */
const STOP_DEADLINE_MS = 10_000;

/** `run --once`'s exit status when punches are left to deliver (see {@link run}). */
const EXIT_INCOMPLETE = 3;

/**
 * `pclogin-agent run [--once] [--max-wait <seconds>] [--json]`. `--once` exits 0 when nothing
 * deliverable is left, 1 when a punch failed for good, 3 ("incomplete") when punches are still
 * to deliver after `--max-wait` (one line on stderr says what and until when).
 */
export default async function run(
  options: ConfigOptions & { once?: boolean; repair?: boolean; maxWait?: string; json?: boolean },
): Promise<number> {
  const context = await createCommandContext(options, { progress: true });
  const { config, clock, log } = context;
  const controller = new AbortController();
  let deadline: NodeJS.Timeout | undefined;
  const stopListening = onStopSignals((signal) => {
    if (controller.signal.aborted) {
      // A second request to stop: at once (on a worker, the main thread ends it; here, this does).
      if (isMainThread) {
        process.stderr.write(`${t('worker.stopAgain', { signal })}\n`);
        process.exit(1);
      }
      return;
    }
    log.info(t('log.signal', { signal }));
    controller.abort();
    // Run in the main thread (a heap of the user's choice): no worker deadline applies, so
    // keep one here (see runOnWorker's stopDeadlineMs). Ending is as safe as a crash.
    if (isMainThread) {
      deadline = setTimeout(() => {
        log.warn(t('log.notStopped', { seconds: STOP_DEADLINE_MS / 1000, signal }));
        process.exit(1);
      }, STOP_DEADLINE_MS);
      deadline.unref();
    }
  });
  const bars = runProgressBars(context.progress);
  try {
    const report = await runWithConfig(config, {
      clock,
      log,
      once: options.once ?? false,
      ...(options.maxWait !== undefined ? { onceMaxWaitMs: parseSeconds(options.maxWait) * 1000 } : {}),
      repair: options.repair ?? false,
      signal: controller.signal,
      onProgress: bars.onProgress,
      onStart: ({ logDirectory }) =>
        log.info(t(options.once ? 'log.onePass' : 'log.started'), {
          logDirectory,
          stateDirectory: config.stateDirectory,
          now: formatInstant(clock(), config.timeZone),
        }),
    });
    if (!options.once) log.info(t('log.stopped'));
    if (!options.once || !report) return 0;
    // A pass in which KOT refused a punch for good says so; a service stopped on request ends with 0.
    const exit = report.failed > 0 ? 1 : report.incomplete ? EXIT_INCOMPLETE : 0;
    if (report.incomplete) {
      process.stderr.write(`${context.redact(incompleteLine(report, config.timeZone, getLocale()))}\n`);
    }
    // --json is the same in every language: its summary is the English line.
    const summary = report.incomplete ? incompleteLine(report, config.timeZone, 'en') : undefined;
    if (options.json) context.out(`${JSON.stringify(jsonReport(report, exit, summary, config.timeZone))}\n`);
    return exit;
  } finally {
    bars.stop();
    context.progress.stop();
    stopListening();
    if (deadline) clearTimeout(deadline);
  }
}

function parseSeconds(text: string): number {
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text.trim()) || !Number.isFinite(value)) {
    throw new UsageError(t('run.maxWaitInvalid', { value: text }));
  }
  return value;
}

/**
 * The one line `run --once` prints on stderr when it leaves punches to deliver, in `locale`
 * (`--json` carries the English one).
 */
export function incompleteLine(report: RunOnceReport, timeZone: string, locale: Locale): string {
  const left = report.incomplete!;
  return translate(locale, 'run.incomplete', {
    total: left.planned + left.uncertain,
    planned: left.planned,
    uncertain: left.uncertain,
    next: left.nextAt
      ? { key: 'run.incompleteNext', values: { at: formatInstant(left.nextAt, timeZone) } }
      : '',
    because: left.reason
      ? {
          key: 'run.incompleteBecause',
          values: { reason: localizedReason(left.reason, left.reasonDetail, timeZone) },
        }
      : '',
  });
}

function jsonReport(
  report: RunOnceReport,
  exitStatus: number,
  summary: string | undefined,
  timeZone: string,
) {
  return {
    exitStatus,
    complete: report.incomplete === undefined,
    events: report.events,
    planned: report.planned,
    sent: report.sent,
    failed: report.failed,
    uncertain: report.uncertain,
    reconciledFound: report.reconciledFound,
    reconciledAbsent: report.reconciledAbsent,
    corrections: report.corrections,
    incomplete: report.incomplete
      ? {
          planned: report.incomplete.planned,
          uncertain: report.incomplete.uncertain,
          nextAt: report.incomplete.nextAt ? formatInstant(report.incomplete.nextAt, timeZone) : null,
          reason: report.incomplete.reason ?? null,
          summary,
        }
      : null,
  };
}
