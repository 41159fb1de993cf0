// Crash safety while KING OF TIME falters: the service (`run`) is killed with SIGKILL at 20 random
// points of a backfill while 5% of punch POSTs are answered 503 before anything is applied and 5%
// are applied and then lose their connection — while a POST is on its way, after KOT stored it but
// before the answer, and between any two lines the agent logs — and started again each time. Then
// `run --once` runs until it exits 0 (3 means "incomplete": punches still to deliver). In the end
// KING OF TIME holds every punch exactly once, at the right time, and no error day.
import { expect, test } from 'vitest';
import { clockAt, plusMinutes, statusOf } from '../support/agent-setup.js';
import { agentSetupsPerTest } from '../support/agent-setups-per-test.js';
import { type CliProcess, kill } from '../support/cli-process.js';
import { killAfterLogLines } from '../support/kill-after-log-lines.js';
import { expectKotHolds } from '../support/kot-expectations.js';
import { people, random, workLogs, writeLogFiles } from '../support/workforce.js';

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
  const rnd = random(20240408);
  const kills: string[] = [];
  const lives: string[] = []; // lives that ended without reaching their kill point, and why
  let current: CliProcess | undefined;
  let pending: (() => void) | undefined;
  let posts = 0;
  let killAtPost = -1;
  let killPhase: 'received' | 'applied' = 'received';
  setup.sim.onRequest(async (request, phase) => {
    if (request.method !== 'POST' || !current) return;
    if (phase === 'received') posts++;
    // The chosen POST may never reach 'applied' (a 503 fault answers it before anything is
    // applied): then the life ends at the next POST's arrival instead of running on to the end
    // of the backfill (which left the later lives nothing to send).
    const due = (posts === killAtPost && phase === killPhase) || (posts > killAtPost && phase === 'received');
    if (killAtPost > 0 && due) {
      const victim = current;
      current = undefined;
      killAtPost = -1;
      await kill(victim); // the answer goes out only after the process is gone
      kills.push(`POST #${posts} ${phase}`);
      pending?.();
    }
  });

  for (let life = 0; life < 20; life++) {
    // Each life starts two minutes later: what the previous one left uncertain has settled.
    const child = setup.start(['run'], plusMinutes(START, 2 * life));
    current = child;
    // Should the backfill run out before the chosen point, the life ends anyway (not a kill
    // point of its own: the checks below count only the chosen ones).
    const fallback = setTimeout(() => {
      if (current !== child) return;
      current = undefined;
      void kill(child).then(async () => {
        lives.push(`life ${life}: no kill point within 30 s: ${(await child.result).stderr.slice(-1500)}`);
        pending?.();
      });
    }, 30_000);
    void child.result.then((r) => {
      if (current === child) lives.push(`life ${life}: exited ${r.code} ${r.stderr.slice(-300)}`);
    });
    if (life % 3 === 2) {
      killAtPost = -1; // this life ends after log lines, not at a POST
      // Between two durable steps: after a random number of the agent's log lines.
      const lines = 3 + Math.floor(rnd() * 30);
      const seen = await killAfterLogLines(child, lines, () => {
        if (current !== child) return false;
        current = undefined;
        return true;
      });
      if (seen !== undefined) kills.push(`after ${seen} log lines`);
    } else {
      killAtPost = posts + 1 + Math.floor(rnd() * 12);
      killPhase = rnd() < 0.5 ? 'received' : 'applied';
      await new Promise<void>((resolve) => {
        pending = resolve;
        void child.result.then(() => resolve());
      });
    }
    clearTimeout(fallback);
    await kill(child);
    pending = undefined;
  }
  // A life that reaches no kill point within 30 s is listed in the message with the end of what
  // it logged.
  expect(kills.length, `${kills.join('; ')} | ${lives.join('; ')}`).toBeGreaterThanOrEqual(18);
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
