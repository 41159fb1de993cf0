import type { KotClock } from '../clock.js';
import type { KotLogger } from '../logger.js';
import type { KotProxyOptions } from './proxy-options.js';
import type { KotRateLimitOptions } from './rate-limit-options.js';
import type { KotRestrictedHoursOptions } from './restricted-hours-options.js';
import type { KotRetryOptions } from './retry-options.js';

/**
 * Options of {@link createKotClient}. Every option is optional when `KOT_ACCESS_TOKEN` is set.
 *
 * @example
 * ```ts
 * const kot = createKotClient({
 *   token: process.env.KOT_TOKEN,
 *   timeout: 20_000,
 *   userAgent: 'my-sync/1.4.0',
 * });
 * ```
 */
export interface KotClientOptions {
  /**
   * The KING OF TIME access token (アクセストークン) from KOT WebAPI連携設定.
   * @default process.env.KOT_ACCESS_TOKEN
   * @example 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5'
   */
  token?: string;
  /**
   * The API base URL; point it at the simulator in tests.
   * @default 'https://api.kingtime.jp/v1.0'
   * @example sim.baseUrl // 'http://127.0.0.1:54321/v1.0'
   */
  baseUrl?: string;
  /**
   * Longest wait for one attempt (connect, send, answer, body), in milliseconds.
   * @default 30000
   * @example 10_000
   */
  timeout?: number;
  /**
   * Longest time for a whole call, waits and retries included, in milliseconds. A retry that
   * could not finish in time is not started.
   * @default 120000
   * @example 300_000
   */
  totalTimeout?: number;
  /**
   * Retry policy; a number is `maxRetries`; `false` never retries.
   * @default { maxRetries: 3, initialDelayMs: 500, maxDelayMs: 8000, maxRetryAfterMs: 60000 }
   * @example { maxRetries: 5 }
   */
  retry?: KotRetryOptions | number | false;
  /**
   * The proxy to use. Without it, the proxy comes from the environment as curl reads it
   * (`https_proxy`/`HTTPS_PROXY` for https, `http_proxy` for http, then `all_proxy`/`ALL_PROXY`,
   * minus hosts in `no_proxy`/`NO_PROXY`); `false` ignores the environment.
   * @default the environment
   * @example { url: 'http://proxy.example.co.jp:8080', username: 'kot', password: 's3cret' }
   */
  proxy?: KotProxyOptions | string | false;
  /**
   * The `fetch` to send requests with. When a proxy is in use it receives undici's
   * `dispatcher` in its init; a custom fetch must honour it (or handle the proxy itself).
   * @default globalThis.fetch
   * @example (input, init) => fetch(input, init)
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Appended to the `User-Agent` header (`pclogin-kot-client/<version> node/<version> <userAgent>`)
   * so KING OF TIME's logs show which program called.
   * @default none
   * @example 'attendance-sync/2.1.0'
   */
  userAgent?: string;
  /**
   * The clock for retries, rate-limit waits and restricted hours.
   * @default systemClock
   * @example { now: () => new Date('2024-02-07T07:00:00+09:00'), sleep: async () => {} }
   */
  clock?: KotClock;
  /**
   * The client-side request-rate limit; `false` disables it.
   * @default { requestsPerSecond: 2, burst: 5, minRequestsPerSecond: 0.2, recoveryMs: 60000 }
   * @example { requestsPerSecond: 5, burst: 10 }
   */
  rateLimit?: KotRateLimitOptions | false;
  /**
   * Restricted hours and whether reads inside them are refused before sending.
   * @default { windows: KOT_RESTRICTED_WINDOWS, precheck: true }
   * @example { precheck: false }
   */
  restrictedHours?: KotRestrictedHoursOptions;
  /**
   * Receives structured events about each request (never headers or tokens).
   * @default none
   * @example (event) => console.error(JSON.stringify(event))
   */
  logger?: KotLogger;
  /**
   * The environment to read `KOT_ACCESS_TOKEN` and proxy variables from.
   * @default process.env
   * @example { KOT_ACCESS_TOKEN: 'a0b1…', HTTPS_PROXY: 'http://proxy:8080' }
   */
  env?: Readonly<Record<string, string | undefined>>;
}
