// Crash safety: `run` is killed with SIGKILL at random points of one backfill — while a punch
// POST is on its way to KING OF TIME, after KOT stored it but before the answer, and between
// any two lines the agent logs — and started again each time. In the end KING OF TIME holds
// exactly one 出勤 and one 退勤 per employee and working day, at the right times.
import { expect, test } from 'vitest';
import { clockAt, plusMinutes, statusOf } from '../support/agent-setup.js';
import { agentSetupsPerTest } from '../support/agent-setups-per-test.js';
import { type CliProcess, expectExit, kill } from '../support/cli-process.js';
import { killAfterLogLines } from '../support/kill-after-log-lines.js';
import { expectKotHolds } from '../support/kot-expectations.js';
import { people, random, workLogs, writeLogFiles } from '../support/workforce.js';

const START = '2024-03-25T12:00:00+09:00';
const setUpAgent = agentSetupsPerTest();

test('SIGKILL at 24 random points of a 600-punch backfill: every punch exactly once', async () => {
  const staff = people(30);
  const { rows, expected } = workLogs(staff, '2024-03-04', 10, 7);
  const setup = await setUpAgent(staff, { simClock: clockAt(START), sim: { restrictedHours: false } });
  await writeLogFiles(setup.logs, rows);
  const rnd = random(20240325);
  const kills: string[] = [];
  let current: CliProcess | undefined;
  let pending: (() => void) | undefined;
  let posts = 0;
  let killAtPost = -1;
  let killPhase: 'received' | 'applied' = 'received';
  setup.sim.onRequest(async (request, phase) => {
    if (request.method !== 'POST' || !current) return;
    if (phase === 'received') posts++;
    if (posts === killAtPost && phase === killPhase) {
      const victim = current;
      current = undefined;
      await kill(victim); // the answer goes out only after the process is gone
      kills.push(`POST #${posts} ${phase}`);
      pending?.();
    }
  });

  for (let life = 0; life < 24; life++) {
    // Each life starts two minutes later, so that punches left uncertain by the previous
    // kill have settled and are reconciled against KING OF TIME by this one.
    const now = plusMinutes(START, 2 * life);
    const child = setup.start(['run'], now);
    current = child;
    const byLine = life % 3 === 2;
    if (byLine) {
      // Between two durable steps: after a random number of the agent's log lines.
      const lines = 3 + Math.floor(rnd() * 40);
      const seen = await killAfterLogLines(child, lines, () => {
        if (current !== child) return false;
        current = undefined;
        return true;
      });
      if (seen !== undefined) kills.push(`after ${seen} log lines`);
    } else {
      killAtPost = posts + 1 + Math.floor(rnd() * 30);
      killPhase = rnd() < 0.5 ? 'received' : 'applied';
      await new Promise<void>((resolve) => {
        pending = resolve;
        void child.result.then(() => resolve());
      });
    }
    await kill(child);
    pending = undefined;
  }
  expect(kills.length).toBeGreaterThanOrEqual(20);
  // Every kind of point was hit: before KOT applied a punch, after it applied one but before
  // the answer (the punch then stays uncertain until reconciliation), and between log lines.
  for (const kind of ['received', 'applied', 'log lines'])
    expect(kills.some((k) => k.includes(kind))).toBe(true);

  // Then it runs to the end: passes until nothing is left to send or to check.
  for (let pass = 0; pass < 5; pass++) {
    const result = await setup.run(['run', '--once'], plusMinutes(START, 60 + 10 * pass));
    expectExit(result, 0);
    const status = await statusOf(setup, plusMinutes(START, 61 + 10 * pass));
    if (status.counts['planned'] === 0 && status.counts['uncertain'] === 0 && status.counts['sending'] === 0)
      break;
  }
  expectKotHolds(setup.sim, staff, expected);
}, 240_000);
