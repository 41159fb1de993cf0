import { createKotClient, type KotClient, type KotLogEvent } from '@pclogin/kot-client';
import type { Clock } from '../clock/clock.js';
import type { AgentConfig } from '../config/agent-config.js';
import { ConfigError } from '../errors/config-error.js';
import { t } from '../i18n/translate.js';
import type { Logger } from '../logging/logger.js';
import { VERSION } from '../version.js';

/** Options of {@link createKotClientFromConfig}. */
export interface KotClientFromConfigOptions {
  /** The agent's clock: restricted hours and rate limits follow it. */
  clock: Clock;
  /** Receives the client's request events (at debug level; retries and waits at info). */
  log?: Logger;
  /**
   * Called with the `Date` header of every answer from KING OF TIME, for the clock check of
   * `doctor`.
   */
  onServerDate?: (date: Date) => void;
  /** @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /**
   * Ignore `HTTPS_PROXY` / `NO_PROXY` when the configuration names no proxy (for a server on
   * this machine, like the demo's simulator).
   * @default false
   */
  ignoreEnvironmentProxy?: boolean;
}

/**
 * A KING OF TIME client set up from the agent's configuration: token, base URL, timeout, rate
 * limit, proxy (the configured one, else `HTTPS_PROXY` / `NO_PROXY`), the agent's clock and
 * logger, and a user agent naming the agent.
 *
 * @throws {ConfigError} when no access token is configured.
 * @example
 * const kot = createKotClientFromConfig(config, { clock: systemClock, log });
 * const company = await kot.company.get();
 */
export function createKotClientFromConfig(
  config: AgentConfig,
  options: KotClientFromConfigOptions,
): KotClient {
  if (!config.accessToken) {
    throw new ConfigError(
      [
        {
          field: 'accessToken',
          message: t('config.accessTokenMissing'),
        },
      ],
      config.file,
    );
  }
  const { log, onServerDate } = options;
  const baseFetch = options.fetch ?? globalThis.fetch;
  const fetch: typeof globalThis.fetch = onServerDate
    ? async (input, init) => {
        const response = await baseFetch(input, init);
        const date = response.headers.get('date');
        if (date && !Number.isNaN(Date.parse(date))) onServerDate(new Date(date));
        return response;
      }
    : baseFetch;
  return createKotClient({
    token: config.accessToken.reveal(),
    ...(config.kot.baseUrl ? { baseUrl: config.kot.baseUrl } : {}),
    ...(config.kot.timeoutSeconds ? { timeout: config.kot.timeoutSeconds * 1000 } : {}),
    ...(config.kot.requestsPerSecond
      ? { rateLimit: { requestsPerSecond: config.kot.requestsPerSecond } }
      : {}),
    ...(config.proxy
      ? {
          proxy: {
            url: config.proxy.url,
            ...(config.proxy.username !== undefined ? { username: config.proxy.username } : {}),
            ...(config.proxy.password !== undefined ? { password: config.proxy.password.reveal() } : {}),
          },
        }
      : options.ignoreEnvironmentProxy
        ? { proxy: false as const }
        : {}),
    fetch,
    userAgent: `pclogin-agent/${VERSION}`,
    clock: { now: options.clock, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
    ...(log ? { logger: (event: KotLogEvent) => logKotEvent(log, event) } : {}),
  });
}

function logKotEvent(log: Logger, event: KotLogEvent): void {
  const facts = { operation: event.operation, method: event.method, path: event.path };
  switch (event.type) {
    case 'request':
      log.debug(t('log.kotRequest'), { ...facts, attempt: event.attempt });
      break;
    case 'response':
      log.debug(t('log.kotResponse'), { ...facts, status: event.status, ms: event.durationMs });
      break;
    case 'wait':
      log.debug(t('log.kotWaiting'), { ...facts, ms: event.delayMs });
      break;
    case 'retry':
      log.info(t('log.kotRetrying'), {
        ...facts,
        error: event.errorCode,
        status: event.status,
        inMs: event.delayMs,
      });
      break;
    case 'error':
      log.debug(t('log.kotFailed'), { ...facts, error: event.errorCode, status: event.status });
      break;
  }
}
