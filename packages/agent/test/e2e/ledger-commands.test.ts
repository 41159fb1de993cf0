// The commands that change the ledger on an administrator's word: retry failed punches,
// resolve correction items, and repair a damaged ledger without sending anything twice.
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { clockAt, plusMinutes, statusOf } from '../support/agent-setup.js';
import { agentSetupsPerTest } from '../support/agent-setups-per-test.js';
import { expectExit } from '../support/cli-process.js';
import { expectKotHolds } from '../support/kot-expectations.js';
import { people, workLogs, writeLogFiles } from '../support/workforce.js';

const NOW = '2024-03-15T12:00:00+09:00';
const setUpAgent = agentSetupsPerTest();

test('retry sends a failed punch again; corrections resolve closes an item', async () => {
  const staff = people(2);
  const { rows, expected } = workLogs(staff, '2024-03-04', 2, 8);
  const setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
  // A day with a single log: 出勤 only, and a correction item once the day is over.
  const single = { ...rows[0]!, local: '2024/03/06 09:00:00', at: new Date('2024-03-06T09:00:00+09:00') };
  await writeLogFiles(setup.logs, [...rows, single]);
  setup.sim.faults.add({ kind: 'status', status: 400, times: 1, match: { method: 'POST' } });
  const first = await setup.run(['run', '--once'], NOW);
  expectExit(first, 1); // a punch failed for good
  const status = await setup.run(['status'], NOW);
  expect(status.stdout).toMatch(/Failed:\n {2}.* id (\d{4}\.[\d-]+\.\w+\.0)\n/);
  const failedId = / id (\d{4}\.[\d-]+\.\w+\.0)\n/.exec(status.stdout.split('Failed:')[1]!)![1]!;
  const correctionId = / id (\S*single-log-day)\n/.exec(status.stdout)![1]!;

  expectExit(await setup.run(['retry', 'nope'], NOW), 2);
  const retried = await setup.run(['retry', failedId], NOW);
  expectExit(retried, 0);
  expect(retried.stdout).toContain(`planned again: ${failedId}`);
  expectExit(await setup.run(['run', '--once'], NOW), 0);
  expectKotHolds(setup.sim, staff, [
    ...expected,
    { code: single.person.code, workday: '2024-03-06', clockIn: single.at },
  ]);

  expectExit(await setup.run(['corrections', 'resolve', correctionId], NOW), 0);
  expect((await setup.run(['status'], NOW)).stdout).not.toContain(correctionId);
}, 60_000);

test('a damaged ledger stops the agent with the fix; --repair sends nothing twice', async () => {
  const staff = people(3);
  const { rows, expected } = workLogs(staff, '2024-03-04', 4, 12);
  const setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
  await writeLogFiles(
    setup.logs,
    rows.filter((r) => r.local < '2024/03/06'),
  );
  expectExit(await setup.run(['run', '--once'], NOW), 0);
  // A disk fault: a line in the middle of the write-ahead log is garbled.
  const wal = join(setup.state, 'ledger', 'wal.jsonl');
  const lines = (await readFile(wal, 'utf8')).split('\n');
  lines[1] = lines[1]!.replace(/"seq":2/, '"seq":2,"x":"garbled');
  await writeFile(wal, lines.join('\n'));
  await appendFile(join(setup.logs, 'unused.txt'), '');
  await writeLogFiles(
    setup.logs,
    rows.filter((r) => r.local >= '2024/03/06'),
  );

  const refused = await setup.run(['run', '--once'], plusMinutes(NOW, 5));
  expectExit(refused, 1);
  expect(refused.stderr).toMatch(/LEDGER_CORRUPT[\s\S]*--repair/);
  // Repaired, every punch not known as sent is uncertain until it has settled: the pass ends
  // "incomplete" (3) rather than wait, and a later one checks them in KOT.
  const repaired = await setup.run(
    ['run', '--once', '--repair', '--max-wait', '0', '--json'],
    plusMinutes(NOW, 10),
  );
  expectExit(repaired, 3);
  expect(repaired.stderr).toMatch(
    /^pclogin-agent: incomplete: \d+ punches still to deliver \(0 to send, \d+ to check/m,
  );
  expect(JSON.parse(repaired.stdout)).toMatchObject({
    exitStatus: 3,
    complete: false,
    incomplete: { planned: 0, uncertain: expect.any(Number), nextAt: expect.stringMatching(/\+09:00$/) },
  });
  for (let pass = 0; pass < 3; pass++)
    expectExit(await setup.run(['run', '--once'], plusMinutes(NOW, 20 + pass * 10)), 0);
  expect((await statusOf(setup, plusMinutes(NOW, 60))).counts).toMatchObject({
    planned: 0,
    uncertain: 0,
    failed: 0,
  });
  expectKotHolds(setup.sim, staff, expected);
}, 60_000);
