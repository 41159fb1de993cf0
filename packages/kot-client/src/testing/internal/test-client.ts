import type { KotSimulator } from '../kot-simulator.js';

/** An answer as the simulator's tests look at it. */
export interface TestAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body (undefined when empty or not JSON). */
  json: unknown;
}

/** Options of {@link call}. */
export interface CallOptions {
  method?: string;
  body?: unknown;
  /** The token to send; null sends no Authorization header. @default sim.token */
  token?: string | null;
}

/** Plain `fetch` against the simulator, with the Bearer token unless told otherwise. */
export async function call(sim: KotSimulator, path: string, options: CallOptions = {}): Promise<TestAnswer> {
  const headers: Record<string, string> = {};
  const token = options.token === undefined ? sim.token : options.token;
  if (token !== null) headers['authorization'] = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
  const response = await fetch(`${sim.baseUrl}${path}`, {
    method: options.method ?? 'GET',
    headers,
    ...(options.body === undefined
      ? {}
      : { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** A clock tests move by hand. */
export function manualClock(start: string | Date): {
  clock: () => Date;
  set(time: string | Date): void;
  advance(ms: number): void;
} {
  let now = new Date(start);
  return {
    clock: () => now,
    set: (time) => {
      now = new Date(time);
    },
    advance: (ms) => {
      now = new Date(now.getTime() + ms);
    },
  };
}
