// KING OF TIME misbehaving: bursts of 5xx, connections dropped before or after a punch was
// applied, requests that never get an answer, and rate limiting. Pass after pass (the clock
// moves on between them, so retries and reconciliation come due), nothing is lost and nothing
// is sent twice.
import { expect, test } from 'vitest';
import { type AgentSetup, clockAt, plusMinutes, statusOf } from '../support/agent-setup.js';
import { agentSetupsPerTest } from '../support/agent-setups-per-test.js';
import { expectExit } from '../support/cli-process.js';
import { expectKotHolds } from '../support/kot-expectations.js';
import { people, workLogs, writeLogFiles } from '../support/workforce.js';

const START = '2024-03-20T12:00:00+09:00';
const setUpAgent = agentSetupsPerTest();

async function settle(s: AgentSetup, maxPasses: number): Promise<number> {
  for (let pass = 0; pass < maxPasses; pass++) {
    // --max-wait 0: each pass ends "incomplete" (3) instead of waiting; the next, ten minutes
    // later, finds the retries and checks due.
    const result = await s.run(['run', '--once', '--max-wait', '0'], plusMinutes(START, 10 * pass));
    if (result.code !== 3) expectExit(result, 0);
    const status = await statusOf(s, plusMinutes(START, 10 * pass + 1));
    const open = status.counts['planned']! + status.counts['uncertain']! + status.counts['sending']!;
    if (open === 0 && status.counts['failed'] === 0) return pass + 1;
  }
  throw new Error(`not settled after ${maxPasses} passes`);
}

test('5xx bursts, drops before and after applying, hangs, rate limiting: none lost, none duplicated', async () => {
  const staff = people(10);
  const { rows, expected } = workLogs(staff, '2024-03-11', 6, 3);
  const setup = await setUpAgent(staff, {
    simClock: clockAt(START),
    // A limit a busy machine still exceeds (each round now starts with a read of what KING OF
    // TIME holds, for days this new ledger never saw): 429s come whatever the load.
    sim: { restrictedHours: false, rateLimit: { requestsPerSecond: 20, burst: 4, retryAfterSeconds: 1 } },
  });
  await setup.writeConfig({
    kot: { baseUrl: setup.sim.baseUrl, requestsPerSecond: 1000, timeoutSeconds: 1 },
  });
  await writeLogFiles(setup.logs, rows);
  const { faults } = setup.sim;
  faults.add({ kind: 'status', status: 500, times: 2, match: { method: 'GET' } });
  faults.add({ kind: 'status', status: 503, times: 3, match: { method: 'POST' } });
  faults.add({ kind: 'hang', times: 2, match: { method: 'POST' } });
  faults.add({ kind: 'drop-after-apply', times: 2, match: { method: 'POST' } });
  faults.random({
    seed: 11,
    rate: 0.08,
    kinds: ['status', 'drop-before-apply', 'drop-after-apply'],
    match: { method: 'POST' },
  });

  const passes = await settle(setup, 40);
  faults.clear();
  expectKotHolds(setup.sim, staff, expected);

  const kinds = new Set(faults.injected.map((f) => f.kind));
  for (const kind of ['status', 'hang', 'drop-after-apply', 'drop-before-apply'] as const)
    expect(kinds).toContain(kind);
  expect(setup.sim.requests.some((r) => r.status === 429)).toBe(true);
  expect(passes).toBeGreaterThan(1);
}, 240_000);
