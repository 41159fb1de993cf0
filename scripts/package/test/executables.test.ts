// The release artifacts as an administrator uses them (run `npm run package` first; `npm run
// test:executables` does both). The same scenario twice, each against its own KING OF TIME
// simulator on 127.0.0.1:
//  - linux-x64: the tar.gz's executable, natively;
//  - win-x64: the zip's pclogin-agent.exe under wine, in a fresh prefix whose registry holds
//    SmartOn ID's OutputDirectory pointing at a folder with a Japanese name and a space, with
//    CP932 logs. `setup` runs without a log folder (found through wine's real reg.exe) and every
//    later command runs without --config (the file setup wrote at %ProgramData%).
// Both must leave KOT holding the expected punches, the same in both.
// Under wine, Node's output to a pipe fails: output goes to files. WinSW is a .NET program that
// wine cannot run here: its XML is checked instead.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeLinksCsv } from '@pclogin/core';
import { type KotSimulator, startKotSimulator } from '@pclogin/kot-client/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { linkRows } from '../../../packages/agent/test/support/agent-setup.js';
import { expectKotHolds } from '../../../packages/agent/test/support/kot-expectations.js';
import {
  DIVISIONS,
  people,
  workLogs,
  writeLogFiles,
} from '../../../packages/agent/test/support/workforce.js';

const root = resolve(import.meta.dirname, '../../..');
const version = JSON.parse(readFileSync(join(root, 'packages/agent/package.json'), 'utf8')).version as string;
const zip = join(root, 'release', `pclogin-agent-${version}-win-x64.zip`);
const tarball = join(root, 'release', `pclogin-agent-${version}-linux-x64.tar.gz`);

const TOKEN = 'ExeT0ken7Xq9ZpL4mN8vR2sK6wY3hJ5c';
const COMPANY = 'exe001';
const NOW = '2024-03-15T12:00:00+09:00';
const staff = people(6);
const { rows, expected } = workLogs(staff, '2024-03-04', 4, 31);

const hasWine = (() => {
  try {
    execFileSync('wine', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!hasWine) {
  console.warn(
    '\n*** SKIPPED: the Windows executable test needs wine (apt-get install wine wine64); .ci/run installs it ***\n',
  );
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program with its output in files (wine's Node cannot write to a pipe). */
async function runTo(dir: string, file: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const n = Math.random().toString(36).slice(2);
  const out = join(dir, `out-${n}.txt`);
  const err = join(dir, `err-${n}.txt`);
  const child = spawn(file, args, {
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', ...env },
    stdio: ['ignore', openSync(out, 'w'), openSync(err, 'w')],
  });
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  return { code, stdout: await readFile(out, 'utf8'), stderr: await readFile(err, 'utf8') };
}

function expectOk(run: Run, what: string, codes: number[] = [0]): Run {
  if (!codes.includes(run.code ?? -1)) {
    throw new Error(`${what} ended with ${run.code}\n${run.stdout}\n${run.stderr}`);
  }
  return run;
}

/**
 * doctor's checks: all pass but the clock, which fails because the commands run with the
 * scenario's time (PCLOGIN_NOW) while KOT's server answers with the simulator's.
 */
function expectDoctorHealthy(run: Run): Record<string, { status: string; detail: string }> {
  expectOk(run, 'doctor --json', [1]);
  const { checks } = JSON.parse(run.stdout) as { checks: { id: string; status: string; detail: string }[] };
  expect(checks.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual(['clock']);
  return Object.fromEntries(checks.map((c) => [c.id, c]));
}

async function simulator(): Promise<KotSimulator> {
  const start = Date.parse(NOW);
  const t0 = performance.now();
  return startKotSimulator({
    seed: {
      company: { key: 'k'.repeat(32), code: COMPANY, name: 'テスト株式会社' },
      divisions: DIVISIONS,
      workingTypes: [{ code: '1', name: '正社員' }],
      employees: staff.map((p) => ({
        code: p.code,
        key: p.key,
        lastName: p.lastName,
        firstName: p.firstName,
        divisionCode: p.divisionCode,
        typeCode: '1',
      })),
    },
    token: TOKEN,
    clock: () => new Date(start + Math.floor(performance.now() - t0)),
  });
}

/** What KOT holds, in a form two simulators can be compared by. */
const held = (sim: KotSimulator) =>
  sim
    .timerecords()
    .map((r) => `${r.employeeCode}|${r.date}|${r.code}|${r.at.toISOString()}`)
    .sort();

const results: Record<'linux' | 'windows', string[] | undefined> = { linux: undefined, windows: undefined };
let dir: string;
beforeAll(async () => {
  for (const file of [zip, tarball]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run package\` first`);
  }
  dir = await mkdtemp(join(tmpdir(), 'pclogin-exe-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('linux-x64 executable, natively', () => {
  test('setup, links import, run --once, status, service print: KOT holds the punches', async () => {
    const sim = await simulator();
    try {
      const base = join(dir, 'linux');
      await mkdir(base, { recursive: true });
      execFileSync('tar', ['-xzf', tarball, '-C', base]);
      const exe = join(base, `pclogin-agent-${version}-linux-x64`, 'pclogin-agent');
      const logs = join(base, 'ログ サーバー', 'Log');
      await writeLogFiles(logs, rows);
      const links = join(base, 'links.csv');
      await writeFile(links, writeLinksCsv(linkRows(staff)));
      const config = join(base, 'etc', 'pclogin.config.json');
      const env = { PCLOGIN_ACCESS_TOKEN: TOKEN, PCLOGIN_NOW: NOW };
      const run = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
        runTo(base, exe, args, { ...env, PCLOGIN_CONFIG: config, ...extra });

      const setup = expectOk(
        await runTo(
          base,
          exe,
          [
            'setup',
            '--yes',
            '--lang',
            'en',
            '--config',
            config,
            '--company-code',
            COMPANY,
            '--log-directory',
            logs,
            '--state-directory',
            join(base, 'state'),
            '--kot-base-url',
            sim.baseUrl,
          ],
          env,
        ),
        'setup',
        [0, 1],
      );
      expect(setup.stderr).toContain(`Wrote ${config}`);
      expect(setup.stderr).toMatch(/Token checked: valid/);
      const written = JSON.parse(await readFile(config, 'utf8')) as Record<string, unknown>;
      expect(written).toMatchObject({ companyCode: COMPANY, logDirectory: logs, accessToken: TOKEN });
      // Owner-only: the file 0600, its folder 0700.
      expect(
        execFileSync('stat', ['-c', '%a', config, join(base, 'etc'), join(base, 'state')], {
          encoding: 'utf8',
        }).split('\n'),
      ).toEqual(['600', '700', '700', '']);

      expectOk(await run(['links', 'import', links]), 'links import');
      const checks = expectDoctorHealthy(await run(['doctor', '--json']));
      expect(checks['token']?.status).toBe('ok');
      const once = expectOk(await run(['run', '--once']), 'run --once');
      expect(once.stderr).toContain(`configuration: ${config} (from PCLOGIN_CONFIG)`);
      const status = JSON.parse(expectOk(await run(['status', '--json']), 'status').stdout) as {
        counts: Record<string, number>;
      };
      expect(status.counts['failed'] ?? 0).toBe(0);
      const unit = expectOk(await run(['service', 'print', '--platform', 'linux']), 'service print').stdout;
      expect(unit).toContain(`ExecStart="${exe}" "run" "--config" "${config}"`);
      expectKotHolds(sim, staff, expected);
      results.linux = held(sim);
    } finally {
      await sim.close();
    }
  });
});

describe.skipIf(!hasWine)('win-x64 executable, under wine', () => {
  test('setup finds the log folder in the registry; every later command runs without --config', async () => {
    const sim = await simulator();
    const prefix = join(dir, 'wine');
    // A Japanese Windows: wine takes its code page (932, as reg.exe prints) and the way it reads
    // the Unix arguments (UTF-8) from the Unix locale, compiled here into the test's folder.
    const locales = join(dir, 'locales');
    await mkdir(locales, { recursive: true });
    execFileSync('localedef', ['-i', 'ja_JP', '-f', 'UTF-8', join(locales, 'ja_JP.UTF-8')]);
    const wineEnv = {
      WINEPREFIX: prefix,
      WINEDEBUG: '-all',
      DISPLAY: '',
      LOCPATH: locales,
      LANG: 'ja_JP.UTF-8',
    };
    try {
      // Node refuses Windows 7, wine's default version (first start of a prefix: ~10–20 s).
      expectOk(await runTo(dir, 'wine', ['winecfg', '/v', 'win10'], wineEnv), 'winecfg');
      const logsWin = 'C:\\ログ サーバー\\Log';
      await writeLogFiles(join(prefix, 'drive_c', 'ログ サーバー', 'Log'), rows);
      expectOk(
        await runTo(
          dir,
          'wine',
          [
            'reg',
            'add',
            'HKLM\\SOFTWARE\\WOW6432Node\\Soliton Systems K.K.\\SmartOn\\SSOLog\\CSV',
            '/v',
            'OutputDirectory',
            '/t',
            'REG_SZ',
            '/d',
            logsWin,
            '/f',
          ],
          wineEnv,
        ),
        'reg add',
      );
      const installDir = join(prefix, 'drive_c', 'Program Files', 'pclogin');
      execFileSync('unzip', ['-q', zip, '-d', installDir]);
      const folder = `pclogin-agent-${version}-win-x64`;
      const exe = join(installDir, folder, 'pclogin-agent.exe');
      const exeWin = `C:\\Program Files\\pclogin\\${folder}\\pclogin-agent.exe`;
      await writeFile(join(prefix, 'drive_c', 'links.csv'), writeLinksCsv(linkRows(staff)));
      await writeFile(
        join(prefix, 'drive_c', 'wine-keepalive-shim.cjs'),
        await readFile(join(import.meta.dirname, 'wine-keepalive-shim.cjs')),
      );
      const env = {
        ...wineEnv,
        PCLOGIN_ACCESS_TOKEN: TOKEN,
        PCLOGIN_NOW: NOW,
        NODE_OPTIONS: '--require C:\\wine-keepalive-shim.cjs',
      };
      // This wine is a Japanese Windows, so the agent speaks Japanese by default (as doctor shows
      // below); the other commands are asked for English (PCLOGIN_LANG) to match their texts.
      const runJa = (args: string[]) => runTo(dir, 'wine', [exe, ...args], env);
      const run = (args: string[]) => runTo(dir, 'wine', [exe, ...args], { ...env, PCLOGIN_LANG: 'en' });

      const setup = expectOk(
        await runJa([
          'setup',
          '--yes',
          '--lang',
          'ja',
          '--company-code',
          COMPANY,
          '--kot-base-url',
          sim.baseUrl,
        ]),
        'setup',
        [0, 1],
      );
      expect(setup.stderr).toContain('トークンを確認しました');
      const configWin = 'C:\\ProgramData\\pclogin\\pclogin.config.json';
      expect(setup.stderr).toContain(`書き込みました: ${configWin}`);
      expect(setup.stderr).toContain(logsWin);
      // The icacls that leaves the folder and the file to SYSTEM and Administrators (wine's
      // icacls accepts the arguments but keeps no ACLs: the arguments are what is checked here).
      expect(setup.stderr).toContain(
        'icacls C:\\ProgramData\\pclogin /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F',
      );
      const written = JSON.parse(
        await readFile(join(prefix, 'drive_c', 'ProgramData', 'pclogin', 'pclogin.config.json'), 'utf8'),
      ) as Record<string, unknown>;
      expect(written['logDirectory']).toBeUndefined();
      expect(written).toMatchObject({ companyCode: COMPANY, accessToken: TOKEN });

      expectOk(await run(['links', 'import', 'C:\\links.csv']), 'links import');
      const doctor = await runJa(['doctor', '--json']);
      expect(doctor.stderr).toContain(`設定ファイル: ${configWin}（既定の場所）`);
      const checks = expectDoctorHealthy(doctor);
      expect(checks['log-folder']?.detail).toContain(logsWin);
      expect(checks['token']?.status).toBe('ok');
      const once = expectOk(await run(['run', '--once']), 'run --once');
      expect(once.stderr).toContain(configWin);
      const status = JSON.parse(expectOk(await run(['status', '--json']), 'status').stdout) as {
        counts: Record<string, number>;
      };
      expect(status.counts['failed'] ?? 0).toBe(0);

      // WinSW (.NET) does not run under wine here: its XML is what `service install` would write.
      const xml = expectOk(await run(['service', 'print']), 'service print').stdout;
      expect(xml).toContain(`<executable>${exeWin}</executable>`);
      expect(xml).toContain(`<arguments>run --config ${configWin}</arguments>`);
      const print = await run(['service', 'print']);
      expect(print.stderr).toContain(
        `pclogin-agent-service.xml (beside C:\\Program Files\\pclogin\\${folder}\\pclogin-agent-service.exe)`,
      );
      // service install finds WinSW beside the executable by default and writes its XML there;
      // WinSW itself then fails (no .NET under this wine), which install reports.
      const install = await run(['service', 'install']);
      expect(install.code).toBe(1);
      expect(install.stderr).toMatch(/pclogin-agent-service\.exe install: failed/);
      expect(await readFile(join(installDir, folder, 'pclogin-agent-service.xml'), 'utf8')).toBe(xml);

      expectKotHolds(sim, staff, expected);
      results.windows = held(sim);
      if (results.linux) expect(results.windows).toEqual(results.linux);
    } finally {
      await sim.close();
      await runTo(dir, 'wineserver', ['-k'], wineEnv).catch(() => undefined);
    }
  });
});
