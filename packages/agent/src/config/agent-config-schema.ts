import { isValidTimeZone } from '@pclogin/core';
import { smartonCsvOptionsSchema } from '@pclogin/smarton-csv';
import { z } from 'zod';
import { describeSecret } from './secret.js';

// Objects are strict: a typo (`acessToken`) is an error naming the fields that exist
// (see loadConfig), never a setting silently ignored.
const strict = z.strictObject;

const typeError = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `missing: ${what}` : `must be ${what}`;

const relativeOrAbsolutePath = (what: string) =>
  z
    .string({ error: typeError(`a folder or file path (${what})`) })
    .trim()
    .min(1, { error: `must not be empty: give the path of ${what}` });

const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The 企業コード: the first 3 or 6 characters of the KING OF TIME login ID. */
export const companyCodeSchema = z
  .string({ error: typeError('a string of 3 or 6 letters or digits (企業コード)') })
  .trim()
  .regex(/^(?:[A-Za-z0-9]{3}|[A-Za-z0-9]{6})$/, {
    error: (issue) =>
      `must be 3 or 6 letters or digits (企業コード: the first 3 or 6 characters of your KING OF TIME login ID); got ${String(issue.input).length} characters`,
  });

/**
 * The アクセストークン: 32 letters or digits from KING OF TIME. The error shows only the
 * length and the last four characters of what was given, never the value.
 */
export const accessTokenSchema = z
  .string({ error: typeError('a string of 32 letters or digits (アクセストークン)') })
  .trim()
  .regex(/^[A-Za-z0-9]{32}$/, {
    error: (issue) =>
      `must be 32 letters or digits (アクセストークン, issued in KING OF TIME under 設定 > その他 > オプション > 外部サービス連携); got ${describeSecret(String(issue.input))}`,
  });

/** The `kot` section: where and how to reach the KING OF TIME Web API. */
export const kotSettingsSchema = strict({
  /**
   * The Web API's base URL; change it only for a test server.
   * @default 'https://api.kingtime.jp/v1.0'
   */
  baseUrl: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. "https://api.kingtime.jp/v1.0"' })
    .optional(),
  /**
   * Seconds one request may take before it is abandoned.
   * @default the client's default
   */
  timeoutSeconds: z
    .number({ error: typeError('a number of seconds') })
    .positive({ error: 'must be a positive number of seconds, e.g. 30' })
    .max(600, { error: 'must be at most 600 seconds' })
    .optional(),
  /**
   * Requests per second the agent allows itself.
   * @default the client's conservative default
   */
  requestsPerSecond: z
    .number({ error: typeError('a number of requests per second') })
    .positive({ error: 'must be a positive number, e.g. 5' })
    .optional(),
});

/** The `proxy` section: an HTTP proxy, with basic authentication when it needs one. */
export const proxySettingsSchema = strict({
  /** The proxy's URL, e.g. `http://proxy.example.co.jp:8080`. */
  url: z.url({
    protocol: /^https?$/,
    error: 'must be the proxy URL with its port, e.g. "http://proxy.example.co.jp:8080"',
  }),
  /** The user name for a proxy that requires authentication. */
  username: z.string({ error: typeError('a string (the proxy user name)') }).optional(),
  /** The password for a proxy that requires authentication; never printed. */
  password: z.string({ error: typeError('a string (the proxy password)') }).optional(),
});

/** The `breaks` section: turn long lock→unlock or logoff→logon gaps into 休憩 punches. */
export const breakSettingsSchema = strict({
  /**
   * Whether to send 休憩開始 / 休憩終了 punches.
   * @default false
   */
  enabled: z.boolean({ error: typeError('true or false') }).default(false),
  /**
   * The shortest gap, in minutes, that counts as a break.
   * @default 60
   */
  minGapMinutes: z
    .number({ error: typeError('a whole number of minutes') })
    .int({ error: 'must be a whole number of minutes, e.g. 60' })
    .min(1, { error: 'must be at least 1 minute' })
    .default(60),
});

/**
 * The configuration file `pclogin.config.json`, as written by the administrator. Relative
 * paths are relative to the file's folder. See the agent's README for every field.
 *
 * @example
 * {
 *   "companyCode": "abc123",
 *   "logDirectory": "D:\\SmartOn\\Log",
 *   "linksFile": "links.csv"
 * }
 */
export const agentConfigFileSchema = strict({
  /** A JSON-schema reference for editors; ignored. */
  $schema: z.string().optional(),
  companyCode: companyCodeSchema.optional(),
  /** Prefer the `PCLOGIN_ACCESS_TOKEN` environment variable, which overrides this. */
  accessToken: accessTokenSchema.optional(),
  /**
   * The SmartOn ID log server's CSV output folder.
   * @default on Windows, the registry's `OutputDirectory`; required elsewhere
   */
  logDirectory: relativeOrAbsolutePath('the SmartOn ID log output folder').optional(),
  /**
   * Where the agent keeps its ledger, checkpoints and caches.
   * @default `%ProgramData%\pclogin` on Windows, `$XDG_STATE_HOME/pclogin` or `~/.local/state/pclogin` elsewhere
   */
  stateDirectory: relativeOrAbsolutePath('the folder for the agent’s state').optional(),
  /**
   * The linking CSV (サービスアカウント ⇔ 打刻先アカウント).
   * @default `links.csv` in the state directory (where `links import` stores it)
   */
  linksFile: relativeOrAbsolutePath('the linking CSV file').optional(),
  kot: kotSettingsSchema.default({}),
  /** @default none: `HTTPS_PROXY` / `NO_PROXY` from the environment apply */
  proxy: proxySettingsSchema.optional(),
  /**
   * The IANA time zone the logs are written in and working days are counted in.
   * @default 'Asia/Tokyo'
   */
  timeZone: z
    .string({ error: typeError('an IANA time zone name, e.g. "Asia/Tokyo"') })
    .refine(isValidTimeZone, { error: 'must be an IANA time zone name this system knows, e.g. "Asia/Tokyo"' })
    .default('Asia/Tokyo'),
  /**
   * When to send 退勤: `after-day-end` sends exactly one clock-out once the working day is
   * over; `rolling` updates it as later logs arrive and needs KOT's 退勤打刻の自動上書き機能.
   * @default 'after-day-end'
   */
  clockOut: z
    .enum(['after-day-end', 'rolling'], { error: 'must be "after-day-end" or "rolling"' })
    .default('after-day-end'),
  /**
   * Minutes to wait after a working day ends before its clock-out is sent (`after-day-end`):
   * room for a late logoff to arrive.
   * @default 60
   */
  clockOutGraceMinutes: z
    .number({ error: typeError('a whole number of minutes') })
    .int({ error: 'must be a whole number of minutes' })
    .min(0, { error: 'must be 0 or more minutes' })
    .max(24 * 60, { error: 'must be at most 1440 minutes' })
    .default(60),
  breaks: breakSettingsSchema.default({ enabled: false, minGapMinutes: 60 }),
  /**
   * SmartOn CSV layout overrides, for a log server whose files the defaults do not recognise:
   * `@pclogin/smarton-csv`'s options (encoding, delimiter, hasHeader, columns, eventWords; the
   * time zone is the top-level `timeZone`), plus `pattern`, the glob of the log file names.
   * @default detected; pattern '*.csv'
   */
  csv: smartonCsvOptionsSchema
    .omit({ timeZone: true })
    .extend({
      pattern: z
        .string({ error: typeError('a file name pattern, e.g. "*.csv"') })
        .min(1, { error: 'must not be empty, e.g. "*.csv"' })
        .optional(),
    })
    .optional(),
  /**
   * The day-change time (日付変更時刻) to use for employees whose division KOT does not report.
   * @default '00:00'
   */
  defaultDayBorder: z.string().regex(hhmm, { error: 'must be a time HH:MM, e.g. "05:00"' }).default('00:00'),
  /**
   * Logs of working days before this date are ignored: set it to the day you switch from PC
   * Login's integration service, which already sent the earlier punches.
   * @default none: every log in the folder counts
   */
  startDate: z
    .string({ error: typeError('a date YYYY-MM-DD') })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date YYYY-MM-DD, e.g. "2024-04-01"' })
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), {
      error: 'must be a real date, e.g. "2024-04-01"',
    })
    .optional(),
  /**
   * Seconds between two looks at the log folder when `run` keeps running.
   * @default 30
   */
  pollIntervalSeconds: z
    .number({ error: typeError('a number of seconds') })
    .min(1, { error: 'must be at least 1 second' })
    .max(3600, { error: 'must be at most 3600 seconds' })
    .default(30),
  /**
   * The format of the agent's log lines on stderr.
   * @default 'text'
   */
  logFormat: z.enum(['text', 'json'], { error: 'must be "text" or "json"' }).default('text'),
  /**
   * The least important log lines shown.
   * @default 'info'
   */
  logLevel: z
    .enum(['debug', 'info', 'warn', 'error'], { error: 'must be "debug", "info", "warn" or "error"' })
    .default('info'),
});

/** The configuration file's content, after defaults; see {@link agentConfigFileSchema}. */
export type AgentConfigFile = z.infer<typeof agentConfigFileSchema>;
