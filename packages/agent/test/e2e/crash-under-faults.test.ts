// Crash safety while KING OF TIME falters: the service (`run`) is killed with SIGKILL at 20 random
// points of a backfill while 5% of punch POSTs are answered 503 before anything is applied and 5%
// are applied and then lose their connection — while a POST is on its way, after KOT stored it but
// before the answer, and between any two lines the agent logs — and started again each time. Then
// `run --once` runs until it exits 0 (3 means "incomplete": punches still to deliver). In the end
// KING OF TIME holds every punch exactly once, at the right time, and no error day.
import { expect, test } from 'vitest';
import { clockAt, plusMinutes, statusOf } from '../support/agent-setup.js';
import { agentSetupsPerTest } from '../support/agent-setups-per-test.js';
import { crashLives } from '../support/crash-lives.js';
import { expectKotHolds } from '../support/kot-expectations.js';
import { people, workLogs, writeLogFiles } from '../support/workforce.js';

const START = '2024-04-08T12:00:00+09:00';
const setUpAgent = agentSetupsPerTest();

test('SIGKILL at 20 random points of a faulty backfill, then run --once until it exits 0: every punch once', async () => {
  const staff = people(12);
  const { rows, expected } = workLogs(staff, '2024-03-25', 8, 17);
  const setup = await setUpAgent(staff, { simClock: clockAt(START), sim: { restrictedHours: false } });
  await setup.writeConfig({
    kot: { baseUrl: setup.sim.baseUrl, requestsPerSecond: 1000, timeoutSeconds: 5 },
  });
  await writeLogFiles(setup.logs, rows);
  setup.sim.faults.random({
    seed: 2024,
    rate: 0.1,
    kinds: [{ kind: 'status', status: 503 }, 'drop-after-apply'],
    match: { method: 'POST', path: '/daily-workings/timerecord/' },
  });
  const { kills, missed } = await crashLives({
    setup,
    from: START,
    lives: 20,
    seed: 20240408,
    postsAhead: 12,
    linesAhead: 30,
  });
  // A life that reaches no kill point within 30 s is listed in the message with the end of what
  // it logged.
  expect(kills.length, `${kills.join('; ')} | ${missed.join('; ')}`).toBeGreaterThanOrEqual(18);
  for (const kind of ['received', 'applied', 'log lines'])
    expect(kills.some((k) => k.includes(kind))).toBe(true);
  const injected = new Set(setup.sim.faults.injected.map((f) => f.kind));
  expect(injected).toEqual(new Set(['status', 'drop-after-apply']));

  // Then `run --once` (faults still on) until it says nothing deliverable is left.
  const exits: number[] = [];
  for (let pass = 0; pass < 12 && exits.at(-1) !== 0; pass++) {
    const result = await setup.run(['run', '--once', '--max-wait', '0'], plusMinutes(START, 60 + 10 * pass));
    exits.push(result.code ?? -1);
    if (result.code === 3) expect(result.stderr).toMatch(/^pclogin-agent: incomplete: \d+ punch/m);
    else expect(result.code, result.stderr.slice(-2000)).toBe(0);
  }
  expect(exits.at(-1)).toBe(0);
  const status = await statusOf(setup, plusMinutes(START, 300));
  expect(status.counts).toMatchObject({ planned: 0, uncertain: 0, sending: 0, failed: 0 });
  expectKotHolds(setup.sim, staff, expected);
}, 180_000);
