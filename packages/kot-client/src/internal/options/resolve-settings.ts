import { z } from 'zod';
import { type KotClock, systemClock } from '../../clock.js';
import { KotConfigurationError } from '../../errors/configuration-error.js';
import type { KotClientOptions } from '../../options/client-options.js';
import { KOT_RESTRICTED_WINDOWS } from '../../restricted-hours/restricted-window.js';
import { VERSION } from '../../version.js';
import type { RequesterSettings } from '../http/requester.js';
import { resolveProxy } from '../proxy/resolve-proxy.js';
import { toIssues } from '../validation/to-issues.js';

/** The environment variable the token is read from. */
export const TOKEN_VARIABLE = 'KOT_ACCESS_TOKEN';

/** The production API. */
export const DEFAULT_BASE_URL = 'https://api.kingtime.jp/v1.0';

const ms = (what: string) =>
  z
    .number({ error: `expected ${what} in milliseconds` })
    .int(`expected whole milliseconds for ${what}`)
    .positive();
const fn = (what: string) =>
  z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', `expected ${what}`);
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected "HH:MM" (00:00–23:59)');

const optionsSchema = z.strictObject({
  token: z.string({ error: 'expected the access token as a string' }).optional(),
  baseUrl: z
    .url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://api.kingtime.jp/v1.0' })
    .optional(),
  timeout: ms('timeout').optional(),
  totalTimeout: ms('totalTimeout').optional(),
  retry: z
    .union([
      z.literal(false),
      z.number().int().min(0),
      z.strictObject({
        maxRetries: z.number().int().min(0).optional(),
        initialDelayMs: z.number().min(0).optional(),
        maxDelayMs: z.number().min(0).optional(),
        maxRetryAfterMs: z.number().min(0).optional(),
      }),
    ])
    .optional(),
  proxy: z
    .union([
      z.literal(false),
      z.string().min(1),
      z.strictObject({
        url: z.string().min(1),
        username: z.string().optional(),
        password: z.string().optional(),
      }),
    ])
    .optional(),
  fetch: fn('a fetch function').optional(),
  userAgent: z
    .string()
    .regex(/^[\x20-\x7e]*$/, 'must be printable ASCII (it becomes an HTTP header)')
    .optional(),
  clock: z
    .custom<KotClock>(
      (v) =>
        typeof v === 'object' &&
        v !== null &&
        typeof (v as KotClock).now === 'function' &&
        typeof (v as KotClock).sleep === 'function',
      'expected { now(): Date, sleep(ms): Promise<void> }',
    )
    .optional(),
  rateLimit: z
    .union([
      z.literal(false),
      z.strictObject({
        requestsPerSecond: z.number().positive().optional(),
        burst: z.number().min(1).optional(),
        minRequestsPerSecond: z.number().positive().optional(),
        recoveryMs: z.number().min(0).optional(),
      }),
    ])
    .optional(),
  restrictedHours: z
    .strictObject({
      windows: z
        .array(
          z
            .strictObject({ start: hhmm, end: hhmm })
            .refine((w) => w.start !== w.end, 'start and end are equal; a window needs a length'),
        )
        .optional(),
      precheck: z.boolean().optional(),
    })
    .optional(),
  logger: fn('a function (event) => void').optional(),
  env: z.record(z.string(), z.string().optional()).optional(),
});

/**
 * Validates the client options strictly and fills in the defaults. Throws
 * {@link KotConfigurationError} naming each bad option; a missing token names `KOT_ACCESS_TOKEN`.
 */
export function resolveSettings(options: KotClientOptions): RequesterSettings {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw new KotConfigurationError(toIssues(parsed.error));
  const o = parsed.data;
  const env = o.env ?? process.env;

  const token = o.token ?? env[TOKEN_VARIABLE];
  if (token === undefined || token.trim() === '') {
    throw new KotConfigurationError([
      {
        path: 'token',
        message: `no access token: pass { token } or set the ${TOKEN_VARIABLE} environment variable (issue one in KOT WebAPI連携設定)`,
      },
    ]);
  }
  if (/\s/.test(token)) {
    throw new KotConfigurationError([{ path: 'token', message: 'the access token contains whitespace' }]);
  }

  const timeout = o.timeout ?? 30_000;
  const totalTimeout = o.totalTimeout ?? Math.max(120_000, timeout);
  if (totalTimeout < timeout) {
    throw new KotConfigurationError([
      { path: 'totalTimeout', message: `must not be shorter than timeout (${timeout} ms)` },
    ]);
  }

  const baseUrl = (o.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  let proxy: RequesterSettings['proxy'];
  try {
    proxy = resolveProxy(o.proxy, env, new URL(baseUrl));
  } catch (error) {
    throw new KotConfigurationError([{ path: 'proxy', message: (error as Error).message }]);
  }

  const retry =
    o.retry === false ? { maxRetries: 0 } : typeof o.retry === 'number' ? { maxRetries: o.retry } : o.retry;
  const rate = o.rateLimit === false ? undefined : (o.rateLimit ?? {});
  const requestsPerSecond = rate?.requestsPerSecond ?? 2;

  return {
    baseUrl,
    token,
    timeout,
    totalTimeout,
    retry: {
      maxRetries: retry?.maxRetries ?? 3,
      initialDelayMs: retry?.initialDelayMs ?? 500,
      maxDelayMs: retry?.maxDelayMs ?? 8_000,
      maxRetryAfterMs: retry?.maxRetryAfterMs ?? 60_000,
    },
    clock: o.clock ?? systemClock,
    logger: o.logger as RequesterSettings['logger'],
    rateLimit: rate && {
      requestsPerSecond,
      burst: rate.burst ?? 5,
      minRequestsPerSecond: Math.min(rate.minRequestsPerSecond ?? 0.2, requestsPerSecond),
      recoveryMs: rate.recoveryMs ?? 60_000,
    },
    windows: o.restrictedHours?.windows ?? KOT_RESTRICTED_WINDOWS,
    precheck: o.restrictedHours?.precheck ?? true,
    fetch: o.fetch as RequesterSettings['fetch'],
    userAgent: [`pclogin-kot-client/${VERSION}`, `node/${process.versions.node}`, o.userAgent]
      .filter((part) => part !== undefined && part !== '')
      .join(' '),
    proxy,
  };
}
