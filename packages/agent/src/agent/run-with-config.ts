import type { LogSource } from '@pclogin/core';
import type { Clock } from '../clock/clock.js';
import type { AgentConfig } from '../config/agent-config.js';
import { ConfigError } from '../errors/config-error.js';
import { localizedReason } from '../i18n/localized-reason.js';
import { t } from '../i18n/translate.js';
import { createKotClientFromConfig } from '../kot/create-kot-client-from-config.js';
import type { Logger } from '../logging/logger.js';
import { type RunAgentOptions, runAgent } from '../runner/run-agent.js';
import type { RunProgress } from '../runner/run-once-options.js';
import type { RunOnceReport } from '../runner/run-once-report.js';
import { checkLogDirectory } from './check-log-directory.js';
import { openAgentStore } from './open-agent-store.js';
import { writePassRecord } from './pass-record.js';
import { resolveLogDirectory } from './resolve-log-directory.js';
import { runOptionsFromConfig } from './run-options-from-config.js';
import { smartonSourceFromConfig } from './smarton-source-from-config.js';

/** Options of {@link runWithConfig}. */
export interface RunWithConfigOptions {
  clock: Clock;
  log: Logger;
  /** One pass (`run --once`), or keep running until `signal` fires. */
  once: boolean;
  /** With `once`: see {@link RunAgentOptions.onceMaxWaitMs}. */
  onceMaxWaitMs?: number;
  signal?: AbortSignal;
  onProgress?: (progress: RunProgress) => void;
  /** Called once the log folder is known, before anything is read. */
  onStart?: (facts: { logDirectory: string }) => void;
  /**
   * Open a damaged or restored ledger: keep what it holds and check KING OF TIME before
   * sending anything not known as sent (the core's `repair`).
   * @default false
   */
  repair?: boolean;
  /** Ignore `HTTPS_PROXY` / `NO_PROXY` (the demo's simulator is on 127.0.0.1). */
  ignoreEnvironmentProxy?: boolean;
  /**
   * Another log source instead of the SmartOn folder, made from the configured `logDirectory`
   * (which is then required: the SmartOn registry value means nothing to another source).
   * @default the SmartOn CSV folder reader with the configuration's `csv` settings
   * @example source: (directory) => createSecurityEventsSource({ directory })
   */
  source?: (logDirectory: string) => LogSource;
}

/**
 * The agent as `pclogin-agent run` runs it — for the SmartOn folder, or any other
 * {@link RunWithConfigOptions.source}: the log folder from the configuration or
 * the registry (checked first: a wrong folder stops before any request, ledger untouched), the
 * ledger in the state directory, the KING OF TIME client, the linking CSV, and
 * {@link runAgent}. The demo runs exactly this too.
 */
export async function runWithConfig(
  config: AgentConfig,
  options: RunWithConfigOptions,
): Promise<RunOnceReport | undefined> {
  const { clock, log } = options;
  const { directory } = options.source
    ? { directory: requireLogDirectory(config) }
    : await resolveLogDirectory(config);
  await checkLogDirectory(directory);
  const client = createKotClientFromConfig(config, {
    clock,
    log,
    ...(options.ignoreEnvironmentProxy ? { ignoreEnvironmentProxy: true } : {}),
  });
  const store = openAgentStore(config, clock, { repair: options.repair ?? false });
  try {
    options.onStart?.({ logDirectory: directory });
    return await runAgent({
      source: options.source ? options.source(directory) : smartonSourceFromConfig(config, directory),
      store,
      client,
      linksFile: config.linksFile,
      stateDirectory: config.stateDirectory,
      once: options.once,
      ...(options.onceMaxWaitMs !== undefined ? { onceMaxWaitMs: options.onceMaxWaitMs } : {}),
      pollIntervalMs: config.pollIntervalSeconds * 1000,
      ...(config.startDate ? { startDate: config.startDate } : {}),
      ...runOptionsFromConfig(config),
      clock,
      log,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      // A note for the console's 状態 screen: when this pass ended, when the next starts at the latest.
      onPass: (report) => {
        const at = clock();
        const nextBy = new Date(at.getTime() + config.pollIntervalSeconds * 1000);
        try {
          writePassRecord(config, {
            at: at.toISOString(),
            ...(options.once ? {} : { nextBy: nextBy.toISOString() }),
            events: report.events,
            sent: report.sent,
            failed: report.failed,
            ...(report.stopped
              ? {
                  stopped: report.stopped.reason,
                  stoppedByLang: localizedReason(
                    report.stopped.reason,
                    report.stopped.reasonDetail,
                    config.timeZone,
                  ),
                }
              : {}),
          });
        } catch (error) {
          log.debug(t('log.passRecordFailed'), { error });
        }
      },
    });
  } finally {
    store.close();
  }
}

function requireLogDirectory(config: AgentConfig): string {
  if (config.logDirectory) return config.logDirectory;
  throw new ConfigError(
    [{ field: 'logDirectory', message: t('config.logDirectoryMissingForSource') }],
    config.file,
  );
}
