// Through a real proxy with basic authentication (tinyproxy where installed, else the npm `proxy`). A wrong proxy password is a clear error
// naming the proxy; nothing is lost: the punches wait in the ledger and go out once the
// password is right.

import { startTestProxy, type TestProxy } from '@pclogin/kot-client/testing';
import { afterEach, expect, test } from 'vitest';
import { type AgentSetup, clockAt, plusMinutes, statusOf } from '../support/agent-setup.js';
import { agentSetupsPerTest } from '../support/agent-setups-per-test.js';
import { expectExit } from '../support/cli-process.js';
import { expectKotHolds } from '../support/kot-expectations.js';
import { people, workLogs, writeLogFiles } from '../support/workforce.js';

const NOW = '2024-03-15T12:00:00+09:00';
const PASSWORD = 'Pr0xy-Secret-4711';
const WRONG = 'Wr0ng-Proxy-Pass-0815';
const setUpAgent = agentSetupsPerTest({ secrets: [PASSWORD, WRONG, encodeURIComponent(PASSWORD)] });
let proxy: TestProxy | undefined;
afterEach(async () => {
  await proxy?.stop();
  proxy = undefined;
});

async function status(s: AgentSetup, now: string) {
  return await statusOf(s, now);
}

test('through a real proxy with basic auth; a wrong password stops with a clear error and loses nothing', async () => {
  const staff = people(4);
  const { rows, expected } = workLogs(staff, '2024-03-04', 6, 9);
  const firstDays = rows.filter((r) => r.local < '2024/03/07 05');
  const setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
  proxy = await startTestProxy({
    auth: { username: 'pclogin', password: PASSWORD },
    connectPorts: [setup.sim.port],
  });
  const withProxy = (password: string) =>
    setup.writeConfig({
      kot: { baseUrl: setup.sim.baseUrl, requestsPerSecond: 1000, timeoutSeconds: 5 },
      proxy: { url: proxy!.url, username: 'pclogin', password },
    });
  await writeLogFiles(setup.logs, firstDays);

  // Wrong password on a fresh install: stops before anything, naming the proxy.
  await withProxy(WRONG);
  const refused = await setup.run(['run', '--once'], NOW);
  expectExit(refused, 1);
  expect(refused.stderr).toMatch(/proxy/i);
  expect(refused.stderr).toContain(`127.0.0.1:${proxy.port}`);
  expect(setup.sim.requests).toHaveLength(0);
  expect((await status(setup, NOW)).counts).toMatchObject({ planned: 0, sent: 0 });

  // The right password: everything goes through the tunnel.
  await withProxy(PASSWORD);
  expectExit(await setup.run(['run', '--once'], NOW), 0);
  expect(proxy.output()).toContain(`CONNECT 127.0.0.1:${setup.sim.port}`);
  const sentFirst = setup.sim.timerecords().length;
  expect(sentFirst).toBeGreaterThan(0);

  // The password changes under a running installation: the new punches wait, none fails.
  await writeLogFiles(
    setup.logs,
    rows.filter((r) => r.local >= '2024/03/07 05'),
  );
  await withProxy(WRONG);
  const later = plusMinutes(NOW, 30);
  const stopped = await setup.run(['run', '--once'], later);
  expectExit(stopped, 1);
  expect(stopped.stderr).toMatch(/proxy/i);
  expect(setup.sim.timerecords()).toHaveLength(sentFirst);
  const waiting = await status(setup, later);
  expect(waiting.counts['failed']).toBe(0);
  expect(waiting.counts['planned']).toBeGreaterThan(0);

  await withProxy(PASSWORD);
  expectExit(await setup.run(['run', '--once'], plusMinutes(NOW, 60)), 0);
  expectKotHolds(setup.sim, staff, expected);
}, 120_000);
