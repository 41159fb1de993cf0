// `pclogin-agent setup` as a scripted install runs it (every question a flag), and the
// configuration lookup the later commands do without --config.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type AgentSetup, COMPANY_CODE, clockAt, setUpAgent, TOKEN } from '../support/agent-setup.js';
import { allOutput, CLI, expectExit, runCli } from '../support/cli-process.js';
import { people, workLogs, writeLogFiles } from '../support/workforce.js';

const NOW = '2024-03-15T12:00:00+09:00';
const staff = people(3);
const { rows } = workLogs(staff, '2024-03-11', 2, 7);
let setup: AgentSetup;
let dir: string;
beforeAll(async () => {
  setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
  await writeLogFiles(setup.logs, rows);
  dir = await mkdtemp(join(tmpdir(), 'pclogin-setup-'));
});
afterAll(async () => {
  await setup.close();
  await rm(dir, { recursive: true, force: true });
  expect(allOutput.join('\n')).not.toContain(TOKEN);
});

const flags = (config: string) => [
  'setup',
  '--yes',
  '--lang',
  'en',
  '--config',
  config,
  '--company-code',
  COMPANY_CODE,
  '--log-directory',
  setup.logs,
  '--state-directory',
  join(dir, 'state'),
  '--kot-base-url',
  setup.sim.baseUrl,
];

describe('setup --yes', () => {
  test('checks the token with KOT, writes an owner-only configuration, runs doctor', async () => {
    const config = join(dir, 'conf', 'pclogin.config.json');
    const result = await runCli(flags(config), { env: { PCLOGIN_ACCESS_TOKEN: TOKEN, PCLOGIN_NOW: NOW } });
    // doctor's clock check fails: the scenario's --now is not the simulator's server time.
    expectExit(result, 1);
    expect(result.stderr).toContain('Token checked: valid');
    expect(result.stderr).toContain(`Wrote ${config}`);
    expect(result.stdout).toMatch(/token/);
    const written = JSON.parse(await readFile(config, 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({
      companyCode: COMPANY_CODE,
      accessToken: TOKEN,
      logDirectory: setup.logs,
      kot: { baseUrl: setup.sim.baseUrl },
    });
    expect((await stat(config)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, 'conf'))).mode & 0o777).toBe(0o700);
    expect((await stat(join(dir, 'state'))).mode & 0o777).toBe(0o700);

    // Later commands find it through PCLOGIN_CONFIG and say so.
    const status = await runCli(['status', '--json'], {
      cwd: dir,
      env: { PCLOGIN_CONFIG: config, PCLOGIN_NOW: NOW },
    });
    expectExit(status, 0);
    expect(status.stderr).toContain(`configuration: ${config} (from PCLOGIN_CONFIG)`);
  });

  test('a token KOT refuses: exit 1, nothing written, the token never shown', async () => {
    const config = join(dir, 'refused', 'pclogin.config.json');
    const wrong = 'Wr0ngT0kenWr0ngT0kenWr0ngT0ken12';
    const result = await runCli(flags(config), { env: { PCLOGIN_ACCESS_TOKEN: wrong, PCLOGIN_NOW: NOW } });
    expectExit(result, 1);
    expect(result.stderr).toMatch(/could not be confirmed: .*token.*not available/);
    expect(`${result.stdout}${result.stderr}`).not.toContain(wrong);
    await expect(stat(config)).rejects.toThrow();
  });

  test('a bad 企業コード is a usage error naming the flag', async () => {
    const result = await runCli([...flags(join(dir, 'bad', 'c.json')), '--company-code', 'ab'], {
      env: { PCLOGIN_ACCESS_TOKEN: TOKEN, PCLOGIN_NOW: NOW },
    });
    expectExit(result, 2);
    expect(result.stderr).toMatch(/--company-code must be 3 or 6 letters or digits/);
  });

  test('keeps the fields it does not ask about when run again', async () => {
    const config = join(dir, 'again', 'pclogin.config.json');
    await runCli(flags(config), { env: { PCLOGIN_ACCESS_TOKEN: TOKEN, PCLOGIN_NOW: NOW } });
    const first = JSON.parse(await readFile(config, 'utf8')) as Record<string, unknown>;
    await writeFile(config, JSON.stringify({ ...first, clockOut: 'rolling' }));
    await runCli(flags(config), { env: { PCLOGIN_ACCESS_TOKEN: TOKEN, PCLOGIN_NOW: NOW } });
    expect(JSON.parse(await readFile(config, 'utf8'))).toMatchObject({
      clockOut: 'rolling',
      companyCode: COMPANY_CODE,
    });
  });
});

describe('the configuration lookup', () => {
  test('./pclogin.config.json in the working folder is used, and named', async () => {
    const result = await runCli(['status'], { cwd: setup.dir, env: { PCLOGIN_NOW: NOW } });
    expectExit(result, 0);
    expect(result.stderr).toContain(`configuration: ${setup.configFile} (found in the working folder)`);
  });

  test('PCLOGIN_CONFIG naming a missing file is an error, not a silent fallback', async () => {
    const result = await runCli(['status'], {
      cwd: setup.dir,
      env: { PCLOGIN_CONFIG: join(dir, 'missing.json'), PCLOGIN_NOW: NOW },
    });
    expectExit(result, 2);
    expect(result.stderr).toMatch(/PCLOGIN_CONFIG/);
  });
});

// A real terminal: util-linux's `script` runs the wizard on a pseudo-terminal, and each answer is
// typed when its question appears.
const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!hasScript) console.warn('\n*** SKIPPED: the terminal test of setup needs `script` (util-linux) ***\n');

describe.skipIf(!hasScript)('setup on a terminal', () => {
  test('the token is typed unseen (one * per key), the answers land in the file', async () => {
    const config = join(dir, 'tty', 'pclogin.config.json');
    const command = [process.execPath, CLI, 'setup', '--lang', 'en', '--config', config]
      .concat(['--state-directory', join(dir, 'tty-state'), '--kot-base-url', setup.sim.baseUrl])
      .map((a) => `'${a}'`)
      .join(' ');
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: process.env['HOME'] ?? '/tmp',
        PCLOGIN_NOW: NOW,
        TERM: 'dumb',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const answers: [RegExp, string][] = [
      [/企業コード[^\n]*: *$/, COMPANY_CODE],
      [/Proxy URL[^\n]*: *$/, ''],
      [/Access token[^\n]*: *$/, TOKEN],
      [/SmartOn ID log folder[^\n]*: *$/, setup.logs],
      [/linking CSV[^\n]*: *$/, 'n'],
      [/service[^\n]*: *$/, 'n'],
    ];
    let output = '';
    const done = new Promise<number | null>((resolve) => {
      child.on('exit', resolve);
    });
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const next = answers[0];
      // Strip the terminal's cursor controls before looking for the question at the end.
      if (next?.[0].test(output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, ''))) {
        answers.shift();
        child.stdin.write(`${next[1]}\r`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    await done;
    allOutput.push(output);
    expect(answers).toEqual([]);
    expect(output).toMatch(/Access token \(アクセストークン, not shown\): \*{32}(?!\*)/);
    expect(output).not.toContain(TOKEN);
    expect(JSON.parse(await readFile(config, 'utf8'))).toMatchObject({
      companyCode: COMPANY_CODE,
      accessToken: TOKEN,
      logDirectory: setup.logs,
    });
  });
});
