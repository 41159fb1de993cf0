import { formatInstant } from '@pclogin/core';
import type { Clock } from '../clock/clock.js';
import { systemClock } from '../clock/clock.js';
import { visibleText } from '../internal/visible-text.js';
import type { Redact } from './redactor.js';

/** Log levels, least important first. */
export const logLevels = ['debug', 'info', 'warn', 'error'] as const;

/** One of {@link logLevels}. */
export type LogLevel = (typeof logLevels)[number];

/** Structured facts attached to a log line. Values are printed as JSON. */
export type LogFields = Record<string, unknown>;

/** The agent's logger: one line per call, on stderr, never holding a secret. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** Options of {@link createLogger}. */
export interface LoggerOptions {
  /**
   * `text`: `2024-02-10T12:00:03+09:00 INFO  message key=value`; `json`: one JSON object per line.
   * @default 'text'
   */
  format?: 'text' | 'json';
  /** @default 'info' */
  level?: LogLevel;
  /**
   * Where lines go; the agent passes stderr so that stdout stays for results.
   * @default (line) => process.stderr.write(line)
   */
  write?: (line: string) => void;
  /** Removes secrets from every line; see `createRedactor`. */
  redact?: Redact;
  /**
   * Time zone of the text format's timestamps.
   * @default 'Asia/Tokyo'
   */
  timeZone?: string;
  /**
   * The clock of the timestamps: the real one, even when the agent's own clock is fixed, so
   * that log lines say when they were written.
   * @default systemClock
   */
  clock?: Clock;
}

/**
 * Creates the agent's logger.
 *
 * @example
 * const log = createLogger({ format: 'json', redact: createRedactor([token]) });
 * log.info('punch sent', { employeeCode: '0001', kind: 'clockIn' });
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const format = options.format ?? 'text';
  const threshold = logLevels.indexOf(options.level ?? 'info');
  const write = options.write ?? ((line: string) => process.stderr.write(line));
  const redact = options.redact ?? ((text: string) => text);
  const timeZone = options.timeZone ?? 'Asia/Tokyo';
  const clock = options.clock ?? systemClock;

  const emit = (level: LogLevel, message: string, fields: LogFields = {}) => {
    if (logLevels.indexOf(level) < threshold) return;
    const time = formatInstant(clock(), timeZone);
    const replacer = jsonReplacer(timeZone);
    const line =
      format === 'json'
        ? JSON.stringify({ time, level, msg: message, ...fields }, replacer)
        : `${time} ${level.toUpperCase().padEnd(5)} ${message}${textFields(fields, replacer)}`;
    write(`${visibleText(redact(line))}\n`);
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}

/** A logger that drops everything: the default of library functions. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

function textFields(fields: LogFields, replacer: (key: string, value: unknown) => unknown): string {
  let out = '';
  for (const [key, field] of Object.entries(fields)) {
    if (field === undefined) continue;
    const value = replacer(key, field instanceof Date ? field.toJSON() : field);
    // Bare words stay bare; anything with spaces or quotes is quoted so that a line splits cleanly.
    const text =
      typeof value !== 'string'
        ? JSON.stringify(value, replacer)
        : value !== '' && !/[\s"=]/.test(value)
          ? value
          : JSON.stringify(value);
    out += ` ${key}=${text}`;
  }
  return out;
}

/** An instant written in UTC (`…Z`), as `Date#toJSON` and `toISOString` write it. */
const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z$/;

/**
 * The JSON replacer of log lines: errors as name, code and message; every instant in the
 * configured time zone with its offset, like the line's own time, so that no line mixes
 * `+09:00` with `Z`.
 */
const jsonReplacer =
  (timeZone: string) =>
  (_key: string, value: unknown): unknown => {
    if (typeof value === 'string' && UTC_INSTANT.test(value)) {
      const ms = Date.parse(value);
      return Number.isNaN(ms) ? value : formatInstant(ms, timeZone);
    }
    if (value instanceof Error) {
      const { name, message } = value;
      const code = (value as { code?: unknown }).code;
      return code === undefined ? { name, message } : { name, code, message };
    }
    return value;
  };
