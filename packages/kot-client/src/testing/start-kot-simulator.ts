import { defaultKotSimulatorSeed } from './default-kot-simulator-seed.js';
import { optionsSchema, parseInput, seedSchema } from './internal/input-schemas.js';
import { randomToken, SimulatorServer } from './internal/simulator-server.js';
import type { KotSimulator } from './kot-simulator.js';
import type { KotSimulatorOptions } from './kot-simulator-options.js';

/**
 * Start an in-memory KING OF TIME Web API on 127.0.0.1 (a free port unless `port` is given).
 * It checks the Bearer token, refuses reads during restricted hours, applies the 62-day and
 * date-window rules, stores every punch (duplicates included, flagging error days), omits null
 * properties, and injects faults on demand. Close it when done.
 *
 * Throws `KotSimulatorOptionsError` naming every invalid option or seed field.
 *
 * @example
 * ```ts
 * import { startKotSimulator } from '@pclogin/kot-client/testing';
 *
 * const sim = await startKotSimulator({ clock: () => new Date('2024-02-07T11:00:00+09:00') });
 * try {
 *   const response = await fetch(`${sim.baseUrl}/employees`, {
 *     headers: { authorization: `Bearer ${sim.token}` },
 *   });
 *   console.log(await response.json());
 * } finally {
 *   await sim.close();
 * }
 * ```
 */
export async function startKotSimulator(options: KotSimulatorOptions = {}): Promise<KotSimulator> {
  const parsed = parseInput(optionsSchema, options, 'options');
  const seed = parseInput(seedSchema, options.seed ?? defaultKotSimulatorSeed, 'seed');
  const { seed: _seed, token, clock, port, ...settings } = parsed;
  const server = new SimulatorServer({
    seed,
    token: token ?? randomToken(),
    clock: clock ?? (() => new Date()),
    settings,
  });
  await server.listen(port ?? 0);
  return server;
}
