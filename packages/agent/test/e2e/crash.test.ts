// Crash safety: `run` is killed with SIGKILL at random points of one backfill — while a punch
// POST is on its way to KING OF TIME, after KOT stored it but before the answer, and between
// any two lines the agent logs — and started again each time. In the end KING OF TIME holds
// exactly one 出勤 and one 退勤 per employee and working day, at the right times.
import { expect, test } from 'vitest';
import { clockAt, plusMinutes, statusOf } from '../support/agent-setup.js';
import { agentSetupsPerTest } from '../support/agent-setups-per-test.js';
import { expectExit } from '../support/cli-process.js';
import { crashLives } from '../support/crash-lives.js';
import { expectKotHolds } from '../support/kot-expectations.js';
import { people, workLogs, writeLogFiles } from '../support/workforce.js';

const START = '2024-03-25T12:00:00+09:00';
const setUpAgent = agentSetupsPerTest();

test('SIGKILL at 24 random points of a 600-punch backfill: every punch exactly once', async () => {
  const staff = people(30);
  const { rows, expected } = workLogs(staff, '2024-03-04', 10, 7);
  const setup = await setUpAgent(staff, { simClock: clockAt(START), sim: { restrictedHours: false } });
  await writeLogFiles(setup.logs, rows);
  const { kills, missed } = await crashLives({
    setup,
    from: START,
    lives: 24,
    seed: 20240325,
    postsAhead: 30,
    linesAhead: 40,
  });
  expect(kills.length, `${kills.join('; ')} | ${missed.join('; ')}`).toBeGreaterThanOrEqual(20);
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
