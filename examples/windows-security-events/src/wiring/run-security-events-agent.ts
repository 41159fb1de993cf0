import {
  type AgentConfig,
  type Clock,
  ConfigError,
  createKotClientFromConfig,
  type Logger,
  openAgentStore,
  type RunOnceReport,
  runAgent,
  runOptionsFromConfig,
} from '@pclogin/agent';
import type { SecurityEventsOptions } from '../security-events/security-events-options.js';
import { createSecurityEventsSource } from './security-events-source.js';

/** Options of {@link runSecurityEventsAgent}. */
export interface RunSecurityEventsAgentOptions {
  clock: Clock;
  log: Logger;
  /** One pass and return its report, or keep polling until `signal` fires. */
  once: boolean;
  signal?: AbortSignal;
  /** How to read the exports; `timeZone` defaults to the configuration's. */
  parser?: Omit<SecurityEventsOptions, 'timeZone'>;
  /** @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /** Ignore `HTTPS_PROXY` / `NO_PROXY` (for a KING OF TIME simulator on this machine). */
  ignoreEnvironmentProxy?: boolean;
}

/**
 * The reference agent, fed from Windows Security event exports instead of SmartOn ID's CSV
 * folder: the same configuration file (`logDirectory` is the folder the exports are written
 * to), the same ledger in the state directory, the same linking CSV, KING OF TIME client,
 * employee list cache, planning and delivery. Only the source differs.
 *
 * @throws {ConfigError} when the configuration has no `logDirectory` (there is no registry value to fall back on).
 * @example
 * const report = await runSecurityEventsAgent(await loadConfig(), { clock: systemClock, log, once: true });
 */
export async function runSecurityEventsAgent(
  config: AgentConfig,
  options: RunSecurityEventsAgentOptions,
): Promise<RunOnceReport | undefined> {
  const { clock, log } = options;
  if (!config.logDirectory) {
    throw new ConfigError(
      [{ field: 'logDirectory', message: 'missing: give the folder the PowerShell exports are written to' }],
      config.file,
    );
  }
  const source = createSecurityEventsSource({
    directory: config.logDirectory,
    parser: { ...options.parser, timeZone: config.timeZone },
    clock,
  });
  const client = createKotClientFromConfig(config, {
    clock,
    log,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const store = openAgentStore(config, clock);
  try {
    return await runAgent({
      source,
      store,
      client,
      linksFile: config.linksFile,
      once: options.once,
      pollIntervalMs: config.pollIntervalSeconds * 1000,
      ...runOptionsFromConfig(config),
      clock,
      log,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } finally {
    store.close();
    await client.close();
  }
}
