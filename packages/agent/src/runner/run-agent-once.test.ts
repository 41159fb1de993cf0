// `run --once` (runAgent with `once`): retries and reconciliation within a bounded time, then
// either nothing deliverable is left or the report says what is (exit status 3 in the CLI).
// The clock is a manual one that the agent's waits move forward: no real sleeps.
import { expect, test } from 'vitest';
import { runAgentScene, SCENE_START as START } from '../../test/support/run-agent-scene.js';
import { runAgent } from './run-agent.js';

const scene = runAgentScene({ token: 'RunAgentOnce00000000000000000tkn', employees: 3 });
const { waits, held } = scene;

function once(extra: { onceMaxWaitMs?: number } = {}) {
  return runAgent({ ...scene.agentOptions(), once: true, ...extra });
}

test('a 503 to one punch: the others go on, it is checked once settled and sent again, exit clean', async () => {
  scene.sim.faults.add({ kind: 'status', status: 503, match: { method: 'POST' } });
  const report = await once();
  expect(report?.incomplete).toBeUndefined();
  expect(report).toMatchObject({ sent: 3, uncertain: 1, reconciledAbsent: 1, failed: 0 });
  expect(held().sort()).toEqual(['0001', '0002', '0003']);
  // It waited for the 503's settle time (10 s), not for a fixed pause.
  expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(10_000);
  expect(waits.reduce((a, b) => a + b, 0)).toBeLessThan(30_000);
});

test('a dropped answer after KOT applied the punch: found by a read, never sent twice', async () => {
  scene.sim.faults.add({ kind: 'drop-after-apply', match: { method: 'POST' } });
  const report = await once();
  expect(report?.incomplete).toBeUndefined();
  expect(report).toMatchObject({ sent: 2, uncertain: 1, reconciledFound: 1, reconciledAbsent: 0 });
  expect(held().sort()).toEqual(['0001', '0002', '0003']);
});

test('a wait longer than --max-wait ends the run incomplete, saying until when and why', async () => {
  // KING OF TIME's rate limit asks for ten minutes.
  scene.sim.faults.add({
    kind: 'status',
    status: 429,
    headers: { 'retry-after': '600' },
    match: { method: 'POST' },
  });
  const report = await once({ onceMaxWaitMs: 120_000 });
  expect(report?.incomplete).toMatchObject({ planned: 3, uncertain: 0 });
  expect(report?.incomplete?.nextAt?.getTime()).toBe(START + 600_000);
  expect(report?.incomplete?.reason).toMatch(/rate|303|Too Many/i);
  expect(held()).toEqual([]);
  expect(scene.now - START).toBeLessThanOrEqual(120_000);
});

test('within --max-wait it waits for the rate limit and finishes', async () => {
  scene.sim.faults.add({
    kind: 'status',
    status: 429,
    headers: { 'retry-after': '60' },
    match: { method: 'POST' },
  });
  const report = await once({ onceMaxWaitMs: 120_000 });
  expect(report?.incomplete).toBeUndefined();
  expect(held().sort()).toEqual(['0001', '0002', '0003']);
  expect(scene.now - START).toBeGreaterThanOrEqual(60_000);
});
