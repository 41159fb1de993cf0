import type { KotSimulatorRateLimit, KotSimulatorTimeWindow } from '../kot-simulator-options.js';
import type { KotSimulatorTimerecord } from '../kot-simulator-timerecord.js';
import type { SimulatorStore } from './store.js';

/** Settings with every default resolved. */
export interface ResolvedSettings {
  /** Restricted windows; empty when off. */
  restrictedWindows: readonly KotSimulatorTimeWindow[];
  rateLimit: KotSimulatorRateLimit | false;
  clockOutOverwrite: boolean;
  dateWindow: boolean;
  acceptNonJstOffsets: boolean;
}

/** What a route handler gets. */
export interface RouteContext {
  readonly store: SimulatorStore;
  readonly settings: ResolvedSettings;
  /** Decoded path parameters, in pattern order. */
  readonly params: readonly string[];
  readonly query: URLSearchParams;
  /** The parsed JSON body; undefined without one. */
  readonly body: unknown;
  /** The simulator's clock at arrival. */
  readonly now: Date;
  /** Today in Japan, `YYYY-MM-DD`. */
  readonly today: string;
}

/** A route's answer; the body goes through null omission before it is sent. */
export interface RouteResult {
  status: number;
  body?: unknown;
  /** The punch this request stored, for the `'applied'` phase of request listeners. */
  stored?: KotSimulatorTimerecord;
}

/** One operation of the API. */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Matched against the path below `/v1.0`, without the query. */
  pattern: RegExp;
  /** The punch POST: allowed during restricted hours. */
  exemptFromRestrictedHours?: boolean;
  handle(context: RouteContext): RouteResult;
}
