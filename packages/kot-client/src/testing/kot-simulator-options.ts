import type { KotSimulatorSeed } from './kot-simulator-seed.js';

/** A daily window of Japan time `[start, end)` in `HH:MM`. */
export interface KotSimulatorTimeWindow {
  /** Start, included. @example '08:30' */
  start: string;
  /** End, excluded. @example '10:00' */
  end: string;
}

/** A token-bucket request limit; over it the simulator answers 429 `{"code":"303","message":"Too Many Requests"}`. */
export interface KotSimulatorRateLimit {
  /** Sustained requests per second (refill rate, by the simulator's clock). */
  requestsPerSecond: number;
  /** Requests allowed at once (bucket size). @default requestsPerSecond */
  burst?: number;
  /** When set, a `Retry-After` header with these seconds goes on 429 answers (KOT's own behaviour is not documented). */
  retryAfterSeconds?: number;
}

/** Settings that can change while the simulator runs (`sim.configure`). */
export interface KotSimulatorSettings {
  /**
   * KOT's restricted hours: `true` for 08:30–10:00 and 17:30–18:30 Japan time, `false` for none,
   * or custom windows. Inside one, everything but the punch POST gets 403 with code 104.
   * @default true
   */
  restrictedHours?: boolean | readonly KotSimulatorTimeWindow[];
  /** Request limit, or `false` for none. @default false */
  rateLimit?: KotSimulatorRateLimit | false;
  /**
   * The company setting 退勤打刻の自動上書き機能: a later clock-out replaces the working day's
   * earlier one instead of making the day an error day.
   * @default false
   */
  clockOutOverwrite?: boolean;
  /**
   * Enforce KOT's date window: dates at most 3 years back and 1 year ahead of today (Japan time,
   * by the simulator's clock); outside it the answer is 400.
   * @default true
   */
  dateWindow?: boolean;
  /**
   * Accept punch times with an offset other than `+09:00` (converted to Japan time). KOT is
   * reported to misread them, so by default the simulator refuses them with 400 to make the
   * mistake visible.
   * @default false
   */
  acceptNonJstOffsets?: boolean;
}

/** Options of {@link startKotSimulator}. */
export interface KotSimulatorOptions extends KotSimulatorSettings {
  /** The data the company starts with. @default defaultKotSimulatorSeed */
  seed?: KotSimulatorSeed;
  /** The valid access token. @default 32 random lowercase hex characters */
  token?: string;
  /**
   * The simulator's clock: restricted hours, the rate limit, the date window, `Date` headers and
   * request timestamps follow it.
   * @default () => new Date()
   * @example clock: () => new Date('2024-02-07T09:00:00+09:00')
   */
  clock?: () => Date;
  /** Port on 127.0.0.1; 0 picks a free one. @default 0 */
  port?: number;
}
