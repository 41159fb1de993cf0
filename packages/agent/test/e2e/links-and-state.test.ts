// Attendance stays right when links, state folders and day borders change: the late link, the
// repaired link, a fresh state folder, `daily` against what was sent, the サービスアカウント check,
// and correction ids pasted into a shell while the service runs. Real child processes, a real
// KING OF TIME simulator on loopback.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { writeLinksCsv } from '@pclogin/core';
import { describe, expect, test } from 'vitest';
import { clockAt, linkRows, plusMinutes, statusOf, TOKEN } from '../support/agent-setup.js';
import { agentSetupsPerTest } from '../support/agent-setups-per-test.js';
import { CLI, type CliResult, expectExit, runCli } from '../support/cli-process.js';
import { expectKotHolds } from '../support/kot-expectations.js';
import { type LogRow, local, type Person, people, workLogs, writeLogFiles } from '../support/workforce.js';

const NOW = '2024-03-15T12:00:00+09:00';
const setUpAgent = agentSetupsPerTest();

const row = (person: Person, iso: string, event: LogRow['event']): LogRow => {
  const at = new Date(iso);
  return { local: local(at.getTime()), at, person, event };
};

describe('links that come late or change', () => {
  test('a new employee linked after the first log: 出勤 is the 10:00 log, not the first log after the link', async () => {
    const staff = people(2);
    const jiro = staff[1]!;
    const setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
    await writeFile(setup.linksFile, writeLinksCsv(linkRows(staff.slice(0, 1))));
    await writeLogFiles(setup.logs, [row(jiro, '2024-03-15T10:00:00+09:00', 'ログオン')]);
    expectExit(await setup.run(['run', '--once'], plusMinutes(NOW, -90)), 0);
    expect(setup.sim.timerecords()).toEqual([]);
    // status names the account and its kept log.
    const status = await setup.run(['status'], plusMinutes(NOW, -90));
    expect(status.stdout).toMatch(new RegExp(`${jiro.account}: 1 log on 1 day \\(2024-03-15\\)`));

    // The administrator imports the link; a lock follows at 13:00.
    await writeFile(setup.linksFile, writeLinksCsv(linkRows(staff)));
    await writeLogFiles(setup.logs, [row(jiro, '2024-03-15T13:00:00+09:00', 'ロック')]);
    expectExit(await setup.run(['run', '--once'], plusMinutes(NOW, 65)), 0);
    expectKotHolds(setup.sim, staff, [
      { code: jiro.code, workday: '2024-03-15', clockIn: new Date('2024-03-15T10:00:00+09:00') },
    ]);
  }, 60_000);

  test('links check flags 100 linked while 0100 logs on; the repaired link delivers the logs already read', async () => {
    const [base] = people(1);
    const person: Person = { ...base!, account: '0100' };
    const { rows, expected } = workLogs([person], '2024-03-11', 3);
    const setup = await setUpAgent([person], { simClock: clockAt(NOW) });
    // Excel removed the zeros of the サービスアカウント.
    await writeFile(setup.linksFile, writeLinksCsv(linkRows([{ ...person, account: '100' }])));
    await writeLogFiles(setup.logs, rows);
    expectExit(await setup.run(['run', '--once'], NOW), 0);
    expect(setup.sim.timerecords()).toEqual([]);

    // doctor says the same, as an error with the fix (not two unrelated warnings).
    const doctor = await setup.run(['doctor', '--json'], NOW);
    const checks = (JSON.parse(doctor.stdout) as { checks: { id: string; status: string; detail: string }[] })
      .checks;
    expect(checks.find((c) => c.id === 'links')).toMatchObject({ status: 'fail' });
    expect(checks.find((c) => c.id === 'links')?.detail).toContain('"0100" does');
    expect(checks.find((c) => c.id === 'unlinked-accounts')?.detail).toContain(
      '0100 (12 logs on 2024-03-11, 2024-03-12, 2024-03-13)',
    );

    const check = await setup.run(['links', 'check'], NOW);
    expectExit(check, 1);
    expect(check.stdout).toContain('サービスアカウント "100" never appears in the logs, but "0100" does');
    expect(check.stdout).toMatch(/1 error/);
    expect(check.stdout).toContain('leading zeros (0100)');

    await writeFile(setup.linksFile, writeLinksCsv(linkRows([person])));
    expectExit(await setup.run(['links', 'check'], NOW), 0);
    const repaired = await setup.run(['run', '--once'], NOW);
    expectExit(repaired, 0);
    expectKotHolds(setup.sim, [person], expected);
    expect((await statusOf(setup, NOW)).counts).toMatchObject({ sent: 6, planned: 0 });
  }, 60_000);
});

test('a fresh state folder against a KING OF TIME that already holds the punches sends no duplicate', async () => {
  const staff = people(4);
  const { rows, expected } = workLogs(staff, '2024-03-11', 4, 3);
  const setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
  await writeLogFiles(setup.logs, rows);
  expectExit(await setup.run(['run', '--once'], NOW), 0);
  expectKotHolds(setup.sim, staff, expected);
  const posts = setup.sim.requests.filter((r) => r.method === 'POST').length;

  // A reinstall: a new, empty state folder reads the same logs.
  await setup.writeConfig({ stateDirectory: 'state-new' });
  const again = await setup.run(['run', '--once'], plusMinutes(NOW, 10));
  expectExit(again, 0);
  expect(setup.sim.requests.filter((r) => r.method === 'POST').length).toBe(posts);
  expectKotHolds(setup.sim, staff, expected);
  expect(again.stderr).toContain('KING OF TIME already held this punch');
  expect((await statusOf(setup, plusMinutes(NOW, 10))).counts).toMatchObject({
    sent: expected.length * 2,
    planned: 0,
  });
}, 60_000);

test("daily --config shows what punches shows as sent, with each division's 日付変更時刻", async () => {
  // Person 5 works nights in the division whose day changes at 05:00.
  const staff = people(5);
  const { rows } = workLogs(staff, '2024-03-11', 3, 5);
  const setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
  await writeLogFiles(setup.logs, rows);
  expectExit(await setup.run(['run', '--once'], NOW), 0);

  const punches = await setup.run(['punches', '--json'], NOW);
  expectExit(punches, 0);
  const sent = new Map<string, { clockIn?: string; clockOut?: string }>();
  for (const line of punches.stdout.trim().split('\n')) {
    const day = JSON.parse(line) as {
      employeeCode: string;
      workday: string;
      punches: { kind: string; at: string; state: string; id: string }[];
    };
    const entry: { clockIn?: string; clockOut?: string } = {};
    for (const p of day.punches) {
      expect(p.state).toBe('sent');
      expect(p.id).toMatch(/^[A-Za-z0-9._-]+$/);
      if (p.kind === 'clockIn') entry.clockIn = p.at;
      if (p.kind === 'clockOut') entry.clockOut = p.at;
    }
    sent.set(`${day.employeeCode}|${day.workday}`, entry);
  }
  expect(sent.size).toBe(15);

  const daily = await setup.run(['daily', setup.logs, '--json'], NOW);
  expectExit(daily, 0);
  expect(daily.stderr).toContain("working days: the agent's");
  const shown = new Map<string, { clockIn?: string; clockOut?: string }>();
  for (const line of daily.stdout.trim().split('\n')) {
    const d = JSON.parse(line) as {
      employeeCode?: string;
      workday: string;
      clockIn: string;
      clockOut: string | null;
    };
    shown.set(`${d.employeeCode}|${d.workday}`, {
      clockIn: d.clockIn,
      ...(d.clockOut ? { clockOut: d.clockOut } : {}),
    });
  }
  expect(shown).toEqual(sent);

  // logs counts the same working days: the night shift's 04:xx logoff is the last log of the 12th.
  const view = await setup.run(['logs', setup.logs, '--date', '2024-03-12', '--json'], NOW);
  expectExit(view, 0);
  const nightLogs = view.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { account: string; at: string; workday: string; remark: string })
    .filter((e) => e.account === staff[4]!.account);
  expect(nightLogs.map((e) => e.workday)).toEqual(Array(4).fill('2024-03-12'));
  expect(nightLogs.at(-1)).toMatchObject({ remark: 'ログオフ', at: sent.get('0005|2024-03-12')?.clockOut });

  // With what KING OF TIME holds beside it: no difference; then a 出勤 someone added by hand.
  const checked = await setup.run(['punches', '--check', '--employee', '0005'], NOW);
  expectExit(checked, 0);
  expect(checked.stdout).toContain('0 differences.');
  setup.sim.addTimerecord({
    employee: '0005',
    date: '2024-03-12',
    time: '2024-03-12T21:00:00+09:00',
    code: '1',
  });
  const differs = await setup.run(['punches', '--check', '--date', '2024-03-12', '--json'], NOW);
  expectExit(differs, 1);
  const night = differs.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { employeeCode: string; kotOnly?: { kind: string; at: string }[] })
    .find((d) => d.employeeCode === '0005');
  expect(night?.kotOnly).toEqual([{ kind: 'clockIn', at: '2024-03-12T21:00:00+09:00' }]);

  // Without the configuration: one 00:00 border for everyone, and it says so. The night shift
  // then splits over two calendar days, unlike what was sent.
  const plain = await runCli(['daily', setup.logs, '--json'], { cwd: setup.dir.replace(/[^/]+$/, '') });
  expectExit(plain, 0);
  expect(plain.stderr).toContain('working days: 00:00 day-change time (default)');
  expect(plain.stderr).toContain('pass --config');
  const nightDays = plain.stdout
    .trim()
    .split('\n')
    .filter((l) => l.includes(`"account":"${staff[4]!.account}"`));
  expect(nightDays.length).toBeGreaterThan(3);
}, 60_000);

test('a correction id pasted unquoted into bash resolves it, while the service runs', async () => {
  const staff = people(2);
  const setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
  await setup.writeConfig({ pollIntervalSeconds: 1 });
  // A day with a single log: 出勤 only, and a correction item once the day is over.
  await writeLogFiles(setup.logs, [row(staff[0]!, '2024-03-13T09:00:00+09:00', 'ログオン')]);
  expectExit(await setup.run(['run', '--once'], NOW), 0);
  const status = await setup.run(['status'], NOW);
  const id = / id (\S*single-log-day)\n/.exec(status.stdout)?.[1];
  expect(id).toMatch(/^[A-Za-z0-9._-]+$/);

  const agent = setup.start(['run'], NOW);
  await agent.waitFor(/linking CSV loaded/);
  // The line an administrator pastes, unquoted, through a real bash.
  const pasted = await bash(
    `"${process.execPath}" "${CLI}" corrections resolve ${id} --config "${setup.configFile}"`,
    { PCLOGIN_ACCESS_TOKEN: TOKEN, PCLOGIN_NOW: NOW },
  );
  expectExit(pasted, 0);
  expect(pasted.stdout).toContain('holds the state folder, so the change was handed to it');
  expect(pasted.stdout).toContain('1 correction item marked as fixed.');
  agent.child.kill('SIGTERM');
  await agent.result;
  expect(agent.output()).toContain('request applied: 1 correction item marked as fixed.');
  // The links were loaded once: the stored employee list is the same list on every poll.
  expect(agent.output().match(/linking CSV loaded/g)).toHaveLength(1);
  const after = await setup.run(['status', '--json'], NOW);
  expect((JSON.parse(after.stdout) as { corrections: unknown[] }).corrections).toEqual([]);
  // The old form is still read (quoted, as it had to be): here it names the item already fixed.
  const old = await setup.run(['corrections', 'resolve', id!.replace(/\./g, '|')], NOW);
  expectExit(old, 2);
  expect(old.stderr).toContain(`no open correction item ${id}`);
}, 60_000);

function bash(line: string, env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', line], {
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
