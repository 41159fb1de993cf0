// KING OF TIME's restricted hours (08:30–10:00, 17:30–18:30 Japan time): with the employee
// list cached, punches still go out (the 打刻 POST is accepted), reads wait for the window's
// end, and nothing fails.
import { expect, test } from 'vitest';
import { clockAt, statusOf } from '../support/agent-setup.js';
import { agentSetupsPerTest } from '../support/agent-setups-per-test.js';
import { expectExit } from '../support/cli-process.js';
import { expectKotHolds } from '../support/kot-expectations.js';
import { people, weekInTwo, writeLogFiles } from '../support/workforce.js';

const setUpAgent = agentSetupsPerTest();

test('punches go out from the cached list during a window; reads and reconciliation wait for its end', async () => {
  const staff = people(5);
  const week = weekInTwo(staff);
  const { before, after } = week;
  let simNow = clockAt('2024-03-07T12:00:00+09:00');
  const setup = await setUpAgent(staff, { simClock: () => simNow() });
  await writeLogFiles(setup.logs, before);

  // Outside a window: the employee list is fetched and cached, the first days delivered.
  const first = await setup.run(['run', '--once'], '2024-03-07T12:00:00+09:00');
  expectExit(first, 0);
  const reads = () => setup.sim.requests.filter((r) => r.method === 'GET').length;
  expect(reads()).toBeGreaterThan(0);

  // Two days later, at 09:00: the cached list is old, but KOT refuses reads until 10:00.
  await writeLogFiles(setup.logs, after);
  simNow = clockAt('2024-03-11T09:00:00+09:00');
  setup.sim.faults.add({ kind: 'drop-after-apply', times: 1, match: { method: 'POST' } });
  const readsBefore = reads();
  // The dropped connection costs that punch alone: the rest go out, and the uncertain one would
  // be checked in KOT, but reads must wait for the window's end. So must the 10 punches of 03-07,
  // the day the state folder began on (KING OF TIME decides for it: see below). Each pass says
  // so and ends "incomplete" (3): the wait is longer than --max-wait.
  for (const now of ['2024-03-11T09:00:00+09:00', '2024-03-11T09:02:00+09:00']) {
    const during = await setup.run(['run', '--once'], now);
    expectExit(during, 3);
    expect(during.stderr).not.toMatch(/ERROR/);
    expect(during.stderr).toMatch(/restricted hours/);
    expect(during.stderr).toMatch(
      /^pclogin-agent: incomplete: 11 punches still to deliver \(10 to send, 1 to check in KING OF TIME\); the next can go on at 2024-03-11T10:00:00\+09:00/m,
    );
  }
  // Every read waited: none was sent (the client knows the windows), none was refused.
  expect(reads()).toBe(readsBefore);
  expect(setup.sim.requests.some((r) => r.status === 403)).toBe(false);
  const status = await statusOf(setup, '2024-03-11T09:03:00+09:00');
  // The punch whose answer was lost waits for the end of the window to be checked. So do the
  // punches of 03-07, the day the state folder began on (at noon): KING OF TIME decides for a
  // day that began before the ledger, and it is read first (5 employees × 出勤 and 退勤).
  expect(status.counts).toMatchObject({ failed: 0, planned: 10, uncertain: 1 });
  expect(status.uncertain[0]?.until).toBe('2024-03-11T10:00:00+09:00');

  // After the window: the list is refreshed, the uncertain punch found in KOT, nothing resent.
  simNow = clockAt('2024-03-11T10:05:00+09:00');
  const afterWindow = await setup.run(['run', '--once'], '2024-03-11T10:05:00+09:00');
  expectExit(afterWindow, 0);
  expect(reads()).toBeGreaterThan(readsBefore);
  expectKotHolds(setup.sim, staff, week.expected);
}, 120_000);
