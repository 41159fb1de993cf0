import { UsageError } from '../errors/usage-error.js';
import { t } from '../i18n/translate.js';

/** Where the agent gets the current time from. */
export type Clock = () => Date;

/** The real clock. */
export const systemClock: Clock = () => new Date();

// An instant with an explicit offset (or Z): a bare local time would depend on the
// machine's time zone, which is exactly what a fixed clock must not.
const isoWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * The agent's clock: set to `--now`, else to `PCLOGIN_NOW`, else the real one. A set clock
 * starts at that instant and then runs at the real pace, so that every run started with the
 * same value sees the same day and hour (replays of old logs, tests), while waits, timeouts
 * and rate limits still see time pass.
 *
 * @param now the `--now` option, an ISO 8601 instant with an offset, e.g. `2024-02-10T12:00:00+09:00`
 * @throws {UsageError} when the value is not such an instant.
 * @example
 * resolveClock(undefined, { PCLOGIN_NOW: '2024-02-10T12:00:00+09:00' })().toISOString() // → '2024-02-10T03:00:00.000Z'
 */
export function resolveClock(now: string | undefined, env: NodeJS.ProcessEnv = process.env): Clock {
  const [value, from] =
    now !== undefined ? [now, '--now'] : env['PCLOGIN_NOW'] ? [env['PCLOGIN_NOW'], 'PCLOGIN_NOW'] : [];
  if (value === undefined) return systemClock;
  const ms = isoWithOffset.test(value.trim()) ? Date.parse(value.trim()) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new UsageError(t('usage.now', { from: from ?? '--now', value }));
  }
  const started = performance.now();
  return () => new Date(ms + Math.floor(performance.now() - started));
}
