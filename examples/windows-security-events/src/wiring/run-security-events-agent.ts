import { type AgentConfig, type Clock, type Logger, type RunOnceReport, runWithConfig } from '@pclogin/agent';
import type { SecurityEventsOptions } from '../security-events/security-events-options.js';
import { createSecurityEventsSource } from './security-events-source.js';

/** Options of {@link runSecurityEventsAgent}. */
export interface RunSecurityEventsAgentOptions {
  clock: Clock;
  log: Logger;
  /** One pass and return its report, or keep polling until `signal` fires. */
  once: boolean;
  signal?: AbortSignal;
  /** How to read the exports; `timeZone` is the configuration's. */
  parser?: Omit<SecurityEventsOptions, 'timeZone'>;
  /** Open a damaged or restored ledger (see `pclogin-agent run --repair`). */
  repair?: boolean;
  /** Ignore `HTTPS_PROXY` / `NO_PROXY` (for a KING OF TIME simulator on this machine). */
  ignoreEnvironmentProxy?: boolean;
}

/**
 * The reference agent, fed from Windows Security event exports instead of SmartOn ID's CSV
 * folder: the same configuration file (`logDirectory` is the folder the exports are written
 * to, and required), the same ledger in the state directory, the same linking CSV, KING OF
 * TIME client, employee list cache, planning and delivery — `pclogin-agent run` with another
 * source.
 *
 * @throws {ConfigError} when the configuration has no `logDirectory` (there is no registry value to fall back on).
 * @example
 * const report = await runSecurityEventsAgent(await loadConfig(), { clock: systemClock, log, once: true });
 */
export function runSecurityEventsAgent(
  config: AgentConfig,
  options: RunSecurityEventsAgentOptions,
): Promise<RunOnceReport | undefined> {
  const { parser, ...run } = options;
  return runWithConfig(config, {
    ...run,
    source: (directory) =>
      createSecurityEventsSource({
        directory,
        parser: { ...parser, timeZone: config.timeZone },
        clock: options.clock,
      }),
  });
}
