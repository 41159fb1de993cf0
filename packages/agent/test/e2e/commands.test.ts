// The other commands, as an administrator runs them: inspect, events, daily, logs, links
// export/check/import, status, doctor, service print, and the demo.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type AgentSetup, clockAt, setUpAgent, TOKEN } from '../support/agent-setup.js';
import { allOutput, expectExit, runCli } from '../support/cli-process.js';
import { local, people, workLogs, writeLogFiles } from '../support/workforce.js';

const NOW = '2024-03-15T12:00:00+09:00';
const staff = people(5);
const { rows, expected } = workLogs(staff, '2024-03-04', 3, 21);
const bad = { '20240305': [iconv.encode('2024/03/05 99:00:00,1001,x,PC-1,10.0.0.1,ログオン\r\n', 'cp932')] };
let dir: string;
let logs: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pclogin-commands-'));
  logs = join(dir, 'logs');
  await writeLogFiles(logs, rows, bad);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  expect(allOutput.join('\n')).not.toContain(TOKEN);
});

describe('reading logs without the agent', () => {
  test('inspect: how a file is read', async () => {
    const result = await runCli(['inspect', join(logs, 'SSOLog_20240305.csv')]);
    expectExit(result, 0);
    expect(result.stdout).toMatch(/Encoding: +cp932/i);
    expect(result.stdout).toMatch(/Header: +line 1: 日時, SmartOnアカウント/);
    expect(result.stdout).toMatch(/ログオン +→ logon/);
    expect(result.stdout).toMatch(/line \d+: bad-timestamp: .*99:00:00/);
    const json = JSON.parse(
      (await runCli(['inspect', join(logs, 'SSOLog_20240305.csv'), '--json'])).stdout,
    ) as {
      columns: { role: string | null }[];
      badLineCount: number;
    };
    expect(json.columns.map((c) => c.role)).toEqual([
      'timestamp',
      'account',
      'windowsUser',
      'computer',
      'ip',
      'event',
    ]);
    expect(json.badLineCount).toBe(1);
  });

  test('events --json: one object per event, bad rows on stderr', async () => {
    const result = await runCli(['events', logs, '--json']);
    expectExit(result, 0);
    const events = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(events).toHaveLength(rows.length);
    const first = rows[0]!;
    expect(events[0]).toEqual({
      account: first.person.account,
      at: `${first.local.replace(/\//g, '-').replace(' ', 'T')}+09:00`,
      kind: 'logon',
      raw: 'ログオン',
      computer: `PC-${first.person.code}`,
      source: { file: join(logs, 'SSOLog_20240304.csv'), line: 2 },
    });
    expect(result.stderr).toMatch(/SSOLog_20240305\.csv:\d+: skipped: .*99:00:00/);
  });

  test('events on something unreadable: exit 1', async () => {
    const empty = join(dir, 'garbage.csv');
    await writeFile(empty, Buffer.from([0x00, 0x01, 0x02, 0x0a]));
    expectExit(await runCli(['events', empty]), 1);
    expectExit(await runCli(['events', join(dir, 'missing')]), 2);
  });

  test('daily --json with links: first and last log per employee and working day', async () => {
    const links = join(dir, 'links.csv');
    const { writeLinksCsv } = await import('@pclogin/core');
    const { linkRows } = await import('../support/agent-setup.js');
    await writeFile(links, writeLinksCsv(linkRows(staff.slice(0, 4)))); // the fifth stays unlinked
    const result = await runCli(['daily', logs, '--links', links, '--day-border', '05:00', '--json']);
    expectExit(result, 0);
    const days = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(days).toHaveLength(expected.length);
    for (const e of expected) {
      const person = staff.find((p) => p.code === e.code)!;
      const linked = staff.indexOf(person) < 4;
      expect(days).toContainEqual({
        account: person.account,
        ...(linked ? { employeeCode: e.code } : {}),
        workday: e.workday,
        clockIn: `${local(e.clockIn.getTime()).replace(/\//g, '-').replace(' ', 'T')}+09:00`,
        clockOut: `${local(e.clockOut!.getTime()).replace(/\//g, '-').replace(' ', 'T')}+09:00`,
        events: 4,
      });
    }
    const text = await runCli(['daily', logs, '--from', '2024-03-05', '--to', '2024-03-05']);
    expect(text.stdout).toMatch(/^アカウント +日付 +出勤 +退勤 +ログ数$/m);
    expect(text.stdout.match(/2024\/03\/05/g)).toHaveLength(5);
    expect(text.stdout).not.toContain('2024/03/04');
    expectExit(await runCli(['daily', logs, '--day-border', '25:00']), 2);
  });

  test('daily streams days as the logs move on; an event older than a printed day goes to stderr', async () => {
    const many = workLogs(staff.slice(0, 2), '2024-04-01', 8, 5);
    const folder = join(dir, 'many');
    await writeLogFiles(folder, many.rows);
    // A stray event of the first day, in a file written after all the others.
    await writeFile(
      join(folder, 'zz-late.csv'),
      iconv.encode('日時,SmartOnアカウント,イベント\r\n2024/04/01 23:00:00,1001,ログオフ\r\n', 'cp932'),
    );
    const result = await runCli(['daily', folder, '--json']);
    expectExit(result, 0);
    const days = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { account: string; workday: string; clockOut: string });
    expect(days).toHaveLength(many.expected.length);
    expect(days.map((d) => d.workday)).toEqual([...days.map((d) => d.workday)].sort());
    expect(days.find((d) => d.account === '1001' && d.workday === '2024-04-01')?.clockOut).not.toContain(
      '23:00:00',
    );
    expect(result.stderr).toMatch(/zz-late\.csv:2: skipped: out of time order/);
  });

  test('logs: the remark ログオン on the first event of a day, ログオフ on the last', async () => {
    const result = await runCli(['logs', logs, '--date', '2024-03-05', '--json']);
    expectExit(result, 0);
    const events = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { account: string; remark: string; raw: string });
    expect(events).toHaveLength(20);
    for (const p of staff) {
      const mine = events.filter((e) => e.account === p.account);
      expect(mine.map((e) => e.remark)).toEqual(['ログオン', '', '', 'ログオフ']);
    }
  });
});

describe('with an installation', () => {
  let setup: AgentSetup;
  beforeAll(async () => {
    setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
    await writeLogFiles(setup.logs, rows, bad);
  });
  afterAll(async () => {
    await setup.close();
  });

  test('links export → edit → check → import, as PC Login does it', async () => {
    const out = join(setup.dir, 'export.csv');
    const exported = await setup.run(['links', 'export', '--out', out], NOW);
    expectExit(exported, 0);
    const text = iconv.decode(await readFile(out), 'cp932');
    expect(text.split('\r\n')[0]).toBe('連携種別,種別コード,打刻先アカウント,姓・名,サービスアカウント');
    // Already linked employees keep their account.
    expect(text).toContain('SmartOn ID連携,"1","0001",社員 1号,"1001"');
    const edited = join(setup.dir, 'edited.csv');
    await writeFile(edited, iconv.encode(text.replace('"1001"', '"9999"').replace('"0002"', '2'), 'cp932'));
    const check = await setup.run(['links', 'check', edited], NOW);
    expectExit(check, 1);
    expect(check.stdout).toMatch(/edited\.csv:3: error: .*"2".*"0002"/);
    expectExit(await setup.run(['links', 'import', edited], NOW), 1);
    await writeFile(edited, iconv.encode(text.replace('"1001"', '"9999"'), 'cp932'));
    const imported = await setup.run(['links', 'import', edited], NOW);
    expectExit(imported, 0);
    expect(await readFile(setup.linksFile)).toEqual(await readFile(edited));
  });

  test('status and doctor after a pass', async () => {
    expectExit(await setup.run(['run', '--once'], NOW), 0);
    const status = await setup.run(['status'], NOW);
    expectExit(status, 0);
    expect(status.stdout).toMatch(/Punches: sent \d+, planned 0/);
    const doctor = await setup.run(['doctor', '--json'], NOW);
    const report = JSON.parse(doctor.stdout) as { checks: { id: string; status: string; detail: string }[] };
    const byId = Object.fromEntries(report.checks.map((c) => [c.id, c]));
    expect(byId['token']).toMatchObject({
      status: 'ok',
      detail: expect.stringMatching(/テスト株式会社 \(企業コード e2e001\)/),
    });
    expect(byId['log-folder']?.status).toBe('ok');
    expect(byId['parse']).toMatchObject({
      status: 'warn',
      detail: expect.stringMatching(/^1 row skipped in the newest 4 files \(0 files not understood\)/),
    });
    // After the import above, account 1001 is no longer linked and 9999 never logs on.
    expect(byId['unlinked-accounts']).toMatchObject({
      status: 'warn',
      detail: expect.stringContaining('1001'),
    });
    expect(byId['unused-links']).toMatchObject({ status: 'warn', detail: expect.stringContaining('9999') });
    // The simulator's clock is the test's --now, two years from this machine's: doctor says so.
    expect(byId['clock']?.status).toBe('fail');
    expectExit(doctor, 1);
  });

  test('service print shows the systemd unit and the WinSW XML on any platform', async () => {
    const linux = await setup.run(['service', 'print', '--platform', 'linux'], NOW);
    expectExit(linux, 0);
    expect(linux.stdout).toMatch(/^Restart=on-failure$/m);
    expect(linux.stdout).toContain(`"run" "--config" "${setup.configFile}"`);
    const windows = await setup.run(['service', 'print', '--platform', 'windows'], NOW);
    expectExit(windows, 0);
    expect(windows.stdout).toContain('<onfailure action="restart" delay="10 sec"/>');
  });
});

test('demo: a week of logs to the simulator, in well under ten seconds, exit 0', async () => {
  const result = await runCli(['demo'], { env: { HTTPS_PROXY: 'http://127.0.0.1:9' } });
  expectExit(result, 0);
  expect(result.stdout).toMatch(/^0003 佐藤 次郎 +2024\/02\/05 +PC02\/05 20:\d\d +PC02\/06 0[34]:\d\d$/m);
  expect(result.stdout.match(/^000\d /gm)).toHaveLength(19);
  expect(result.stdout).toContain('No error days');
  expect(result.stdout).toMatch(/account 5000: 6 logs on 3 working days — not linked/);
  expect(result.stdout).toMatch(/SSOLog_20240207\.csv line 5: .*25:61:00/);
});
