import { createKotClient, type KotClient } from '../../src/client.js';
import type { KotLogEvent } from '../../src/logger.js';
import type { KotClientOptions } from '../../src/options/client-options.js';
import { type KotSimulator, startKotSimulator } from '../../src/testing/index.js';
import type { KotSimulatorOptions } from '../../src/testing/kot-simulator-options.js';
import { type InstantClock, instantClock } from './instant-clock.js';

/** Late morning in Tokyo, outside the restricted hours. */
export const QUIET_TIME = '2024-02-07T11:00:00+09:00';

/** A simulator and a client sharing one instant clock, and the client's log. */
export interface SimulatorSetup {
  sim: KotSimulator;
  kot: KotClient;
  clock: InstantClock;
  events: KotLogEvent[];
  /** Another client against the same simulator. */
  client(options?: KotClientOptions): KotClient;
  close(): Promise<void>;
}

/**
 * Starts the simulator and a client on the same instant clock (waits take no real time). The
 * client ignores the machine's proxy variables.
 */
export async function withSimulator(
  options: { at?: string; sim?: KotSimulatorOptions; client?: KotClientOptions } = {},
): Promise<SimulatorSetup> {
  const clock = instantClock(options.at ?? QUIET_TIME);
  const sim = await startKotSimulator({ clock: clock.asFunction, ...options.sim });
  const events: KotLogEvent[] = [];
  const clients: KotClient[] = [];
  const client = (extra: KotClientOptions = {}) => {
    const kot = createKotClient({
      baseUrl: sim.baseUrl,
      token: sim.token,
      clock,
      env: {},
      logger: (event) => events.push(event),
      ...options.client,
      ...extra,
    });
    clients.push(kot);
    return kot;
  };
  const kot = client();
  return {
    sim,
    kot,
    clock,
    events,
    client,
    close: async () => {
      await Promise.all(clients.map((c) => c.close()));
      await sim.close();
    },
  };
}
