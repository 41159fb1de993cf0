import { writeFile } from 'node:fs/promises';
import { writeLinksCsv } from '@pclogin/core';
import { describe, expect, test } from 'vitest';
import { clockAt, linkRows, plusMinutes } from '../support/agent-setup.js';
import { agentSetupsPerTest } from '../support/agent-setups-per-test.js';
import { expectExit } from '../support/cli-process.js';
import { expectKotHolds } from '../support/kot-expectations.js';
import { people, workLogs, writeLogFiles } from '../support/workforce.js';

const NOW = '2024-03-15T12:00:00+09:00';
const setUpAgent = agentSetupsPerTest();

describe('run --once', () => {
  test('delivers every working day once, and a second pass sends nothing more', async () => {
    const staff = people(6);
    const { rows, expected } = workLogs(staff, '2024-03-04', 5);
    const setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
    await writeLogFiles(setup.logs, rows);

    const first = await setup.run(['run', '--once'], NOW);
    expect(first.stderr).not.toMatch(/ERROR/);
    expectExit(first, 0);
    expectKotHolds(setup.sim, staff, expected);

    const posts = setup.sim.requests.filter((r) => r.method === 'POST').length;
    const second = await setup.run(['run', '--once'], NOW);
    expectExit(second, 0);
    expect(setup.sim.requests.filter((r) => r.method === 'POST').length).toBe(posts);
    expectKotHolds(setup.sim, staff, expected);

    const status = await setup.run(['status', '--json'], NOW);
    expectExit(status, 0);
    const parsed = JSON.parse(status.stdout) as { counts: Record<string, number> };
    expect(parsed.counts).toMatchObject({ sent: expected.length * 2, planned: 0, failed: 0, uncertain: 0 });
  });

  test('a new employee linked today: the stored employee list is fetched again, not the link refused', async () => {
    const staff = people(3);
    const { rows, expected } = workLogs(staff, '2024-03-04', 2);
    const setup = await setUpAgent(staff.slice(0, 2), { simClock: clockAt(NOW) });
    await writeFile(setup.linksFile, writeLinksCsv(linkRows(staff.slice(0, 2))));
    await writeLogFiles(setup.logs, rows);
    expectExit(await setup.run(['run', '--once'], NOW), 0);
    // Later that day: the employee is created in KOT and linked.
    const newcomer = staff[2]!;
    setup.sim.addEmployee({
      code: newcomer.code,
      key: newcomer.key,
      lastName: 'a',
      firstName: 'b',
      divisionCode: newcomer.divisionCode,
      typeCode: '1',
    });
    await writeFile(setup.linksFile, writeLinksCsv(linkRows(staff)));
    // The logs of an account linked late were kept: its earlier days count too, and a new day.
    const next = workLogs(staff, '2024-03-06', 1, 2);
    await writeLogFiles(setup.logs, next.rows);
    // Two hours later: the stored list (fetched this morning) does not know the newcomer yet.
    const reads = setup.sim.requests.filter((r) => r.path.includes('/employees')).length;
    expectExit(await setup.run(['run', '--once'], plusMinutes(NOW, 120)), 0);
    expect(setup.sim.requests.filter((r) => r.path.includes('/employees')).length).toBe(reads + 1);
    expectKotHolds(setup.sim, staff, [...expected, ...next.expected]);
  });

  test('startDate: switching from another integration, earlier working days are left alone', async () => {
    const staff = people(3);
    const { rows, expected } = workLogs(staff, '2024-03-04', 5);
    const setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
    await setup.writeConfig({ startDate: '2024-03-06' });
    await writeLogFiles(setup.logs, rows);
    expectExit(await setup.run(['run', '--once'], NOW), 0);
    expectKotHolds(
      setup.sim,
      staff,
      expected.filter((d) => d.workday >= '2024-03-06'),
    );
  });
});
