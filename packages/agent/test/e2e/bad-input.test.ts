// Bad input: a clear message naming the file, line or field; a non-zero exit status where the
// agent must stop; and the ledger untouched (no punch planned, nothing sent).
import { chmod, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { type AgentSetup, clockAt, setUpAgent, statusOf, TOKEN } from '../support/agent-setup.js';
import { allOutput, CLI, expectExit } from '../support/cli-process.js';
import { expectKotHolds } from '../support/kot-expectations.js';
import { people, workLogs, writeLogFiles } from '../support/workforce.js';

const NOW = '2024-03-15T12:00:00+09:00';
const WRONG_TOKEN = 'WrongT0kenAbcdefGhijkLmnopQrstuv';
let setup: AgentSetup | undefined;
afterEach(async () => {
  if (setup) await chmod(setup.logs, 0o755).catch(() => {});
  await setup?.close();
  setup = undefined;
});
afterAll(() => {
  const all = allOutput.join('\n');
  expect(all).not.toContain(TOKEN);
  expect(all).not.toContain(WRONG_TOKEN);
});

const staff = people(3);
const week = workLogs(staff, '2024-03-04', 3, 2);

async function prepared(): Promise<AgentSetup> {
  const s = await setUpAgent(staff, { simClock: clockAt(NOW) });
  await writeLogFiles(s.logs, week.rows);
  return s;
}

/** Nothing planned and nothing sent: the ledger holds no punch, KOT got no punch. */
async function expectUntouched(s: AgentSetup) {
  expect(s.sim.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  const status = await statusOf(s, NOW);
  expect(Object.values(status.counts).reduce((a, b) => a + b, 0)).toBe(0);
}

describe('bad input', () => {
  test('a configuration file that is not JSON: exit 2, pointing at the line, no ledger created', async () => {
    setup = await prepared();
    await writeFile(
      setup.configFile,
      '{\n  "companyCode": "e2e001",\n  "logDirectory": "C:\\SmartOn\\Log"\n}\n',
    );
    const result = await setup.run(['run', '--once'], NOW);
    expectExit(result, 2);
    expect(result.stderr).toMatch(
      /pclogin\.config\.json.*not valid JSON at line 3, column \d+.*doubled backslashes/s,
    );
    await expect(stat(setup.state)).rejects.toThrow();
  });

  test('invalid fields: exit 2, each field named with its fix', async () => {
    setup = await prepared();
    await setup.writeConfig({ companyCode: 'ab', clockOut: 'later', breaks: { minGap: 30 } });
    const result = await setup.run(['run', '--once'], NOW);
    expectExit(result, 2);
    expect(result.stderr).toMatch(/companyCode: must be 3 or 6 letters or digits/);
    expect(result.stderr).toMatch(/clockOut: must be "after-day-end" or "rolling"/);
    expect(result.stderr).toMatch(
      /breaks\.minGap: unknown field; the fields here are: enabled, minGapMinutes/,
    );
    await expect(stat(setup.state)).rejects.toThrow();
  });

  test('a linking CSV saved by Excel (leading zeros lost): exit 2 naming the lines and the codes, nothing sent', async () => {
    setup = await prepared();
    const damaged = [
      '連携種別,種別コード,打刻先アカウント,姓・名,サービスアカウント',
      ...staff.map((p) => `SmartOn ID連携,1,${Number(p.code)},${p.lastName} ${p.firstName},${p.account}`),
    ];
    await writeFile(setup.linksFile, iconv.encode(`${damaged.join('\r\n')}\r\n`, 'cp932'));
    const result = await setup.run(['run', '--once'], NOW);
    expectExit(result, 2);
    expect(result.stderr).toMatch(/links\.csv:2: error: .*"1".*/);
    expect(result.stderr).toContain('0001');
    await expectUntouched(setup);
    const check = await setup.run(['links', 'check'], NOW);
    expectExit(check, 1);
    expect(check.stdout).toMatch(/links\.csv:4: error: .*"3".*0003/);
  });

  test('undecodable bytes and malformed lines are reported and skipped; the rest is delivered', async () => {
    setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
    const broken = Buffer.concat([
      iconv.encode('2024/03/05 12:00:00,', 'cp932'),
      Buffer.from([0x81, 0x20, 0xff, 0xfe]), // not CP932
      iconv.encode(
        ',x,PC-9,10.0.0.9,ログオン\r\n2024/03/05 25:00:00,1001,x,PC-1,10.0.0.1,ログオフ\r\n',
        'cp932',
      ),
    ]);
    await writeLogFiles(setup.logs, week.rows, { '20240305': [broken] });
    const result = await setup.run(['run', '--once'], NOW);
    expectExit(result, 0);
    expect(result.stderr).toMatch(
      /SSOLog_20240305\.csv.*line=\d+.*code=undecodable|undecodable.*SSOLog_20240305\.csv/,
    );
    expect(result.stderr).toMatch(/25:00:00/);
    expectKotHolds(setup.sim, staff, week.expected);
  });

  test('an unreadable log folder: exit 1 naming the folder, nothing read, nothing sent', async () => {
    setup = await prepared();
    await chmod(setup.logs, 0o000);
    // Root reads every folder: run the agent as nobody, when nobody can reach the agent's files.
    const root = process.getuid?.() === 0;
    if (root && !(await othersCanRun(CLI))) {
      // This checkout is private to root: a log "folder" that is a file is unreadable to anyone.
      await chmod(setup.logs, 0o755);
      await setup.writeConfig({ logDirectory: 'pclogin.config.json' });
      const result = await setup.run(['run', '--once'], NOW);
      expectExit(result, 1);
      expect(result.stderr).toContain('is a file, not a folder');
    } else {
      if (root) {
        await chmod(setup.dir, 0o777);
        for (const f of await readdir(setup.dir)) if (f !== 'logs') await chmod(join(setup.dir, f), 0o777);
      }
      const result = await setup.run(['run', '--once'], NOW, root ? { uid: 65534, gid: 65534 } : {});
      expectExit(result, 1);
      expect(result.stderr).toContain(`cannot read the log folder ${setup.logs}: permission denied`);
    }
    await expect(stat(join(setup.state, 'ledger'))).rejects.toThrow();
    expect(setup.sim.requests).toHaveLength(0);
  });

  test('a wrong token: exit 1 saying the token was refused, nothing planned', async () => {
    setup = await prepared();
    const result = await setup.run(['run', '--once'], NOW, { env: { PCLOGIN_ACCESS_TOKEN: WRONG_TOKEN } });
    expectExit(result, 1);
    expect(result.stderr).toMatch(/KotAuthenticationError.*401/);
    expect(result.stderr).toMatch(/アクセストークン/);
    await expectUntouched(setup);
  });
});

/** Whether other users can traverse to the CLI and read it (and so run it as nobody). */
async function othersCanRun(file: string): Promise<boolean> {
  let path = dirname(file);
  for (;;) {
    if (((await stat(path)).mode & 0o001) === 0) return false;
    const parent = dirname(path);
    if (parent === path) break;
    path = parent;
  }
  return ((await stat(file)).mode & 0o004) !== 0;
}
