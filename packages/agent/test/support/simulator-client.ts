// A KING OF TIME client for unit tests against the simulator: no proxy, no retries, no rate
// limiting, and waits that return at once, so a test sees each answer as KOT gave it.
import { createKotClient, type KotClient } from '@pclogin/kot-client';
import type { KotSimulator } from '@pclogin/kot-client/testing';

/**
 * @param options.token defaults to the simulator's token
 * @param options.now the client's clock (restricted hours); the real clock when omitted
 * @param options.timeout the client's request timeout in milliseconds, when given
 */
export function simulatorClient(
  sim: KotSimulator,
  options: { token?: string; now?: () => Date; timeout?: number } = {},
): KotClient {
  return createKotClient({
    token: options.token ?? sim.token,
    baseUrl: sim.baseUrl,
    proxy: false,
    retry: false,
    rateLimit: false,
    ...(options.now ? { clock: { now: options.now, sleep: async () => {} } } : {}),
    ...(options.timeout ? { timeout: options.timeout } : {}),
  });
}
