// The frame every end-to-end file shares: installations closed after each test, and no secret
// in anything the CLI printed during the whole file.
import { afterAll, afterEach, expect } from 'vitest';
import { type AgentSetup, setUpAgent, TOKEN } from './agent-setup.js';
import { allOutput } from './cli-process.js';

/**
 * Registers the file's hooks and returns {@link setUpAgent} whose installations are closed after
 * each test. After the file, no CLI output may contain the token or any of `secrets`.
 *
 * @example
 * ```ts
 * const setUpAgent = agentSetupsPerTest({ secrets: [PROXY_PASSWORD] });
 * test('…', async () => {
 *   const setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
 * });
 * ```
 */
export function agentSetupsPerTest(options: { secrets?: readonly string[] } = {}): typeof setUpAgent {
  let open: AgentSetup[] = [];
  afterEach(async () => {
    const closing = open;
    open = [];
    for (const setup of closing) await setup.close();
  });
  afterAll(() => {
    const all = allOutput.join('\n');
    for (const secret of [TOKEN, ...(options.secrets ?? [])]) expect(all).not.toContain(secret);
  });
  return async (staff, setupOptions) => {
    const setup = await setUpAgent(staff, setupOptions);
    open.push(setup);
    return setup;
  };
}
