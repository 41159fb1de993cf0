// `run` without --once: it keeps polling the folder (no file events on network shares),
// delivers what appears, and on SIGTERM finishes the request in flight, saves its place and
// exits 0.
import { rename } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { clockAt, statusOf } from '../support/agent-setup.js';
import { agentSetupsPerTest } from '../support/agent-setups-per-test.js';
import { expectExit } from '../support/cli-process.js';
import { expectKotHolds } from '../support/kot-expectations.js';
import { people, workLogs, writeLogFiles } from '../support/workforce.js';

const NOW = '2024-03-15T12:00:00+09:00';
const setUpAgent = agentSetupsPerTest();

test('polls, delivers new logs as they appear, and stops cleanly on SIGTERM mid-request', async () => {
  const staff = people(4);
  const { rows, expected } = workLogs(staff, '2024-03-04', 6, 13);
  const day = (d: string) =>
    rows.filter(
      (r) => r.local >= `2024/03/${d} 05` && r.local < `2024/03/${String(Number(d) + 1).padStart(2, '0')} 05`,
    );
  const setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
  await setup.writeConfig({
    pollIntervalSeconds: 1,
    kot: { baseUrl: setup.sim.baseUrl, requestsPerSecond: 1000 },
  });
  await writeLogFiles(
    setup.logs,
    rows.filter((r) => r.local < '2024/03/06 05'),
  );
  const agent = setup.start(['run'], NOW);
  await agent.waitFor(/pass done events=\d+ planned=\d+ sent=16/);

  // The log server appends a day: the next poll picks it up.
  await writeLogFiles(setup.logs, [...day('06'), ...day('07')]);
  await agent.waitFor(
    /pass done events=\d+ planned=\d+ sent=16 .*\n(.*\n)*.*pass done events=\d+ planned=\d+ sent=16/,
  );

  // Another day; its first POST is held at KOT while the agent is told to stop.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let arrived: () => void = () => {};
  const postArrived = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  const unsubscribe = setup.sim.onRequest(async (request, phase) => {
    if (request.method !== 'POST' || phase !== 'received') return;
    unsubscribe();
    arrived();
    await held;
  });
  await writeLogFiles(setup.logs, [...day('08'), ...day('09')]);
  await postArrived;
  agent.child.kill('SIGTERM');
  await agent.waitFor('SIGTERM received');
  release();
  const result = await agent.result;
  expectExit(result, 0);
  expect(result.stderr).toContain('agent stopped');

  // The request in flight was answered and recorded; nothing is uncertain, nothing lost.
  const status = await statusOf(setup, NOW);
  expect(status.counts['uncertain']! + status.counts['sending']!).toBe(0);
  expectExit(await setup.run(['run', '--once'], NOW), 0);
  expectKotHolds(setup.sim, staff, expected);
}, 120_000);

test('a log folder that goes away for a while (a network share) is waited for, not fatal', async () => {
  const staff = people(2);
  const { rows, expected } = workLogs(staff, '2024-03-04', 2, 17);
  const setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
  await setup.writeConfig({
    pollIntervalSeconds: 1,
    kot: { baseUrl: setup.sim.baseUrl, requestsPerSecond: 1000 },
  });
  await writeLogFiles(setup.logs, rows);
  const agent = setup.start(['run'], NOW);
  await agent.waitFor(/pass done/);
  await rename(setup.logs, `${setup.logs}.away`);
  await agent.waitFor(/pass failed; trying again at the next poll/);
  await rename(`${setup.logs}.away`, setup.logs);
  await writeLogFiles(setup.logs, workLogs(staff, '2024-03-06', 1, 18).rows);
  await agent.waitFor(/pass done[^\n]*\n(.*\n)*.*pass done/);
  agent.child.kill('SIGTERM');
  expectExit(await agent.result, 0);
  expectKotHolds(setup.sim, staff, [...expected, ...workLogs(staff, '2024-03-06', 1, 18).expected]);
}, 60_000);
