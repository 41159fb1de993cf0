// The service (runAgent without `once`) under a failed request: an uncertain punch that settles
// while a round is busy is checked as soon as the round ends, not after a whole poll interval.
// The clock is a manual one that the agent's waits and each punch POST move forward.
import { expect, test } from 'vitest';
import { runAgentScene } from '../../test/support/run-agent-scene.js';
import { runAgent } from './run-agent.js';

const scene = runAgentScene({ token: 'RunAgentWake00000000000000000tkn', employees: 12 });
const { staff, waits, held } = scene;

test('a punch answered 503 mid-round is sent again right after the round, not a poll interval later', async () => {
  // Each punch POST takes a second: the round outlasts the 503'd punch's settle time (10 s).
  scene.sim.onRequest((request, phase) => {
    if (request.method === 'POST' && phase === 'received') scene.now += 1000;
  });
  scene.sim.faults.add({ kind: 'status', status: 503, match: { method: 'POST' } });
  const controller = new AbortController();
  const passes: number[] = [];
  await runAgent({
    ...scene.agentOptions(),
    pollIntervalMs: 30_000,
    signal: controller.signal,
    onPass: (report) => {
      passes.push(report.sent);
      if (scene.sim.timerecords().length === staff.length || passes.length >= 5) controller.abort();
    },
  });
  expect(held().sort()).toEqual(staff.map((p) => p.code));
  // The first pass sent the 11 others; the 503'd punch had settled by its end, unread. The
  // service came back for it at once (the shortest wait), not after the 30 s poll interval.
  expect(passes).toEqual([11, 1]);
  expect(waits[0]).toBeLessThanOrEqual(1000);
});
