// The example's command in a real child process: configuration file, exit status, output.
import { execFile } from 'node:child_process';
import { copyFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { KotSimulator } from '@pclogin/kot-client/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpInstallation } from './support/installation.js';

const run = promisify(execFile);
const main = join(import.meta.dirname, '../dist/main.js');
const NOW = '2024-02-09T11:00:00+09:00';

describe('pclogin-windows-events (built, in a child process)', () => {
  let dir: string;
  let sim: KotSimulator;
  let close: () => Promise<void>;
  const cli = (...args: string[]) =>
    run(process.execPath, [main, ...args], {
      cwd: dir,
      // No proxy variables from this machine: the simulator is on 127.0.0.1.
      env: { PATH: process.env['PATH'], PCLOGIN_NOW: NOW },
    }).then(
      ({ stdout, stderr }) => ({ status: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        status: error.code,
        stdout: error.stdout,
        stderr: error.stderr,
      }),
    );

  beforeEach(async () => {
    ({ dir, sim, close } = await setUpInstallation({
      prefix: 'pclogin-wincli-',
      clock: () => new Date(NOW),
      links:
        '連携種別,種別コード,打刻先アカウント,姓・名,サービスアカウント\r\nSmartOn ID連携,"1","0001",勤怠 太郎,"yamada"\r\n',
    }));
    const fixture = join(import.meta.dirname, '../src/security-events/__fixtures__/en-US.pwsh7.csv');
    await copyFile(fixture, join(dir, 'exports', 'security.csv'));
    const written = new Date(Date.parse(NOW) - 3_600_000);
    await utimes(join(dir, 'exports', 'security.csv'), written, written);
  });
  afterEach(() => close());

  it('runs one pass and exits 0, with the punches in KING OF TIME and no secret in its output', async () => {
    const result = await cli('--once');
    expect(result.status).toBe(0);
    expect(sim.timerecords('0001').map((r) => `${r.name} ${r.time}`)).toEqual([
      '出勤 2024-02-07T09:03:12+09:00',
      '退勤 2024-02-07T18:22:06+09:00',
      '出勤 2024-02-08T08:50:00+09:00',
      '退勤 2024-02-08T17:45:33+09:00',
    ]);
    expect(result.stderr).toContain('suzuki'); // reported: logs of an account no link covers
    expect(result.stdout + result.stderr).not.toContain(sim.token);
  });

  it('exits 2 on a bad option or configuration, naming it', async () => {
    expect(await cli('--once', '--date-order', 'ydm')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--date-order'),
    });
    await writeFile(
      join(dir, 'pclogin.config.json'),
      JSON.stringify({ accessToken: 'short', logDirectory: 'exports' }),
    );
    const bad = await cli('--once');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('accessToken');
  });
});
