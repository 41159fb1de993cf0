import { isValidTimeZone } from '@pclogin/core';
import { smartonCsvOptionsSchema } from '@pclogin/smarton-csv';
import { z } from 'zod';
import { type MessageKey, type MessageValues, msg, t } from '../i18n/translate.js';
import { secretSummary } from './secret.js';

// Objects are strict: a typo (`acessToken`) is an error naming the fields that exist
// (see loadConfig), never a setting silently ignored.
const strict = z.strictObject;

// Messages are rendered when a file is checked (not when this module loads), in the CLI's language.
const typeError = (what: MessageKey, values?: MessageValues) => (issue: { input?: unknown }) =>
  t(issue.input === undefined ? 'schema.missing' : 'schema.mustBe', { what: t(what, values) });
const says = (key: MessageKey) => () => t(key);

const relativeOrAbsolutePath = (target: MessageKey) =>
  z
    .string({ error: typeError('schema.what.path', { target: msg(target) }) })
    .trim()
    .min(1, { error: () => t('schema.emptyPath', { target: t(target) }) });

const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The 企業コード: the first 3 or 6 characters of the KING OF TIME login ID. */
export const companyCodeSchema = z
  .string({ error: typeError('schema.what.companyCode') })
  .trim()
  .regex(/^(?:[A-Za-z0-9]{3}|[A-Za-z0-9]{6})$/, {
    error: (issue) => t('schema.companyCode', { count: String(issue.input).length }),
  });

/**
 * The アクセストークン: 32 letters or digits from KING OF TIME. The error shows only the
 * length and the last four characters of what was given, never the value.
 */
export const accessTokenSchema = z
  .string({ error: typeError('schema.what.accessToken') })
  .trim()
  .regex(/^[A-Za-z0-9]{32}$/, {
    error: (issue) => t('schema.accessToken', { secret: secretSummary(String(issue.input)) }),
  });

/** The `kot` section: where and how to reach the KING OF TIME Web API. */
export const kotSettingsSchema = strict({
  /**
   * The Web API's base URL; change it only for a test server.
   * @default 'https://api.kingtime.jp/v1.0'
   */
  baseUrl: z.url({ protocol: /^https?$/, error: says('schema.baseUrl') }).optional(),
  /**
   * Seconds one request may take before it is abandoned.
   * @default the client's default
   */
  timeoutSeconds: z
    .number({ error: typeError('schema.what.seconds') })
    .positive({ error: says('schema.positiveSeconds') })
    .max(600, { error: says('schema.max600Seconds') })
    .optional(),
  /**
   * Requests per second the agent allows itself.
   * @default the client's conservative default
   */
  requestsPerSecond: z
    .number({ error: typeError('schema.what.requestsPerSecond') })
    .positive({ error: says('schema.positiveNumber') })
    .optional(),
});

/** The `proxy` section: an HTTP proxy, with basic authentication when it needs one. */
export const proxySettingsSchema = strict({
  /** The proxy's URL, e.g. `http://proxy.example.co.jp:8080`. */
  url: z.url({
    protocol: /^https?$/,
    error: says('schema.proxyUrl'),
  }),
  /** The user name for a proxy that requires authentication. */
  username: z.string({ error: typeError('schema.what.proxyUser') }).optional(),
  /** The password for a proxy that requires authentication; never printed. */
  password: z.string({ error: typeError('schema.what.proxyPassword') }).optional(),
});

/** The `breaks` section: turn long lock→unlock or logoff→logon gaps into 休憩 punches. */
export const breakSettingsSchema = strict({
  /**
   * Whether to send 休憩開始 / 休憩終了 punches.
   * @default false
   */
  enabled: z.boolean({ error: typeError('schema.what.boolean') }).default(false),
  /**
   * The shortest gap, in minutes, that counts as a break.
   * @default 60
   */
  minGapMinutes: z
    .number({ error: typeError('schema.what.minutes') })
    .int({ error: says('schema.wholeMinutesExample') })
    .min(1, { error: says('schema.atLeastOneMinute') })
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
  logDirectory: relativeOrAbsolutePath('schema.target.logFolder').optional(),
  /**
   * Where the agent keeps its ledger, checkpoints and caches.
   * @default `%ProgramData%\pclogin` on Windows, `$XDG_STATE_HOME/pclogin` or `~/.local/state/pclogin` elsewhere
   */
  stateDirectory: relativeOrAbsolutePath('schema.target.stateFolder').optional(),
  /**
   * The linking CSV (サービスアカウント ⇔ 打刻先アカウント).
   * @default `links.csv` in the state directory (where `links import` stores it)
   */
  linksFile: relativeOrAbsolutePath('schema.target.linksFile').optional(),
  kot: kotSettingsSchema.default({}),
  /** @default none: `HTTPS_PROXY` / `NO_PROXY` from the environment apply */
  proxy: proxySettingsSchema.optional(),
  /**
   * The IANA time zone the logs are written in and working days are counted in.
   * @default 'Asia/Tokyo'
   */
  timeZone: z
    .string({ error: typeError('schema.what.timeZone') })
    .refine(isValidTimeZone, { error: says('schema.timeZone') })
    .default('Asia/Tokyo'),
  /**
   * When to send 退勤: `after-day-end` sends exactly one clock-out once the working day is
   * over; `rolling` updates it as later logs arrive and needs KOT's 退勤打刻の自動上書き機能.
   * @default 'after-day-end'
   */
  clockOut: z.enum(['after-day-end', 'rolling'], { error: says('schema.clockOut') }).default('after-day-end'),
  /**
   * Minutes to wait after a working day ends before its clock-out is sent (`after-day-end`):
   * room for a late logoff to arrive.
   * @default 60
   */
  clockOutGraceMinutes: z
    .number({ error: typeError('schema.what.minutes') })
    .int({ error: says('schema.wholeMinutes') })
    .min(0, { error: says('schema.zeroOrMoreMinutes') })
    .max(24 * 60, { error: says('schema.max1440Minutes') })
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
        .string({ error: typeError('schema.what.pattern') })
        .min(1, { error: says('schema.emptyPattern') })
        .optional(),
    })
    .optional(),
  /**
   * The day-change time (日付変更時刻) to use for employees whose division KOT does not report.
   * @default '00:00'
   */
  defaultDayBorder: z
    .string()
    .regex(hhmm, { error: says('schema.hhmm') })
    .default('00:00'),
  /**
   * Logs of working days before this date are ignored: set it to the day you switch from PC
   * Login's integration service, which already sent the earlier punches.
   * @default none: every log in the folder counts
   */
  startDate: z
    .string({ error: typeError('schema.what.date') })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: says('schema.date') })
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), {
      error: says('schema.realDate'),
    })
    .optional(),
  /**
   * Seconds between two looks at the log folder when `run` keeps running.
   * @default 30
   */
  pollIntervalSeconds: z
    .number({ error: typeError('schema.what.seconds') })
    .min(1, { error: says('schema.atLeastOneSecond') })
    .max(3600, { error: says('schema.max3600Seconds') })
    .default(30),
  /**
   * The format of the agent's log lines on stderr.
   * @default 'text'
   */
  logFormat: z.enum(['text', 'json'], { error: says('schema.logFormat') }).default('text'),
  /**
   * The least important log lines shown.
   * @default 'info'
   */
  logLevel: z.enum(['debug', 'info', 'warn', 'error'], { error: says('schema.logLevel') }).default('info'),
});

/** The configuration file's content, after defaults; see {@link agentConfigFileSchema}. */
export type AgentConfigFile = z.infer<typeof agentConfigFileSchema>;
