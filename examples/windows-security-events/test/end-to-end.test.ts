// The Windows Security events source through the whole reference pipeline — configuration file,
// linking CSV, ledger on disk, KING OF TIME client — against the KOT simulator.
import { copyFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig, silentLogger } from '@pclogin/agent';
import type { KotSimulator } from '@pclogin/kot-client/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runSecurityEventsAgent } from '../src/wiring/run-security-events-agent.js';
import { setUpInstallation } from './support/installation.js';
import { recommendedExport } from './support/powershell-export.js';
import { jst, LogBuilder, yamada } from './support/scenario.js';

const fixtures = join(import.meta.dirname, '../src/security-events/__fixtures__');

// PC Login's linking CSV: Windows user name (サービスアカウント) → KOT employee code (打刻先アカウント).
const LINKS = [
  '連携種別,種別コード,打刻先アカウント,姓・名,サービスアカウント',
  'SmartOn ID連携,"1","0001",勤怠 太郎,"yamada"',
  'SmartOn ID連携,"1","0002",勤怠 花子,"suzuki"',
  'SmartOn ID連携,"1","0003",夜間 一郎,"佐藤花子"',
  '',
].join('\r\n');

describe('Windows Security events → KING OF TIME, end to end', () => {
  let dir: string;
  let exports: string;
  let sim: KotSimulator;
  let close: () => Promise<void>;
  let now: number;
  const clock = () => new Date(now);
  const held = (code: string) =>
    sim
      .timerecords(code)
      .map((r) => `${r.date} ${r.name} ${r.time}`)
      .sort();
  /** An export file as the Task Scheduler leaves it: written a few minutes before the agent looks. */
  const put = async (name: string, bytes: Buffer | string, writtenAt = now - 5 * 60_000) => {
    await writeFile(join(exports, name), bytes);
    await utimes(join(exports, name), new Date(writtenAt), new Date(writtenAt));
  };
  const pass = async () =>
    runSecurityEventsAgent(await loadConfig({ cwd: dir, env: {} }), {
      clock,
      log: silentLogger,
      once: true,
      ignoreEnvironmentProxy: true,
    });

  beforeEach(async () => {
    now = jst('2024-02-09 11:00:00').getTime(); // late morning: outside KOT's restricted hours
    ({ dir, exports, sim, close } = await setUpInstallation({
      prefix: 'pclogin-winevents-',
      clock,
      links: LINKS,
      config: { companyCode: 'sample' },
    }));
  });
  afterEach(() => close());

  it('punches the first and last interactive event of each working day, once, whatever the export', async () => {
    for (const name of ['en-US.pwsh7.csv', 'ja-JP.pwsh7.csv', 'ja-JP.powershell51-ascii.csv']) {
      await copyFile(join(fixtures, name), join(exports, name));
      await utimes(join(exports, name), new Date(now - 3_600_000), new Date(now - 3_600_000));
    }

    const first = await pass();
    // English Windows (yamada, suzuki over Remote Desktop) and Japanese Windows (佐藤花子, and yamada again).
    expect(held('0001')).toEqual([
      '2024-02-07 出勤 2024-02-07T09:03:12+09:00',
      '2024-02-07 退勤 2024-02-07T18:22:06+09:00',
      '2024-02-08 出勤 2024-02-08T08:50:00+09:00',
      '2024-02-08 退勤 2024-02-08T17:45:33+09:00',
    ]);
    expect(held('0002')).toEqual([
      '2024-02-07 出勤 2024-02-07T10:15:48+09:00',
      '2024-02-07 退勤 2024-02-07T19:40:11+09:00',
      '2024-02-08 出勤 2024-02-08T09:30:05+09:00',
      '2024-02-08 退勤 2024-02-08T18:05:01+09:00',
    ]);
    expect(held('0003')).toEqual([
      '2024-02-07 出勤 2024-02-07T08:45:30+09:00',
      '2024-02-07 退勤 2024-02-07T17:30:16+09:00',
    ]);
    expect(first?.sent).toBe(10);
    expect(first?.unlinked.map((u) => u.account)).toEqual(['kenshu01']);
    // Windows PowerShell 5.1's ASCII export is refused record by record, with the fix; the rest went through.
    expect(first?.issues.length).toBeGreaterThan(0);
    expect(first?.issues.every((i) => i.code === 'encoding-damaged' && i.file?.endsWith('ascii.csv'))).toBe(
      true,
    );
    expect(first?.issues[0]?.reason).toMatch(/-Encoding UTF8/);

    // The next scheduled export overlaps the previous ones and adds this morning's sign-in; the
    // newest file is still being written when the agent looks.
    const today = new LogBuilder()
      .signIn(yamada, '2024-02-08 08:50:00')
      .signOut(yamada, '2024-02-08 17:45:30', '2024-02-08 17:45:33')
      .signIn(yamada, '2024-02-09 09:00:41').events;
    await put('security-PC01-20240209-105900.csv', recommendedExport(today, 'Asia/Tokyo'), now - 2_000);
    const second = await pass();
    expect(second?.pending.map((p) => p.file)).toEqual([
      join(dir, 'exports', 'security-PC01-20240209-105900.csv'),
    ]);
    expect(second?.sent).toBe(0);

    now += 60_000;
    const third = await pass();
    expect(third?.sent).toBe(1);
    expect(held('0001')).toContain('2024-02-09 出勤 2024-02-09T09:00:41+09:00');

    // Nothing new: nothing is sent again, and KOT holds exactly one punch per kind and day.
    const fourth = await pass();
    expect(fourth?.sent).toBe(0);
    expect(sim.timerecords()).toHaveLength(11);
    expect(sim.errorDays()).toEqual([]);
  });

  it('needs logDirectory: there is no registry value to find the exports by', async () => {
    await writeFile(
      join(dir, 'pclogin.config.json'),
      JSON.stringify({ accessToken: sim.token, linksFile: 'links.csv' }),
    );
    await expect(pass()).rejects.toMatchObject({ name: 'ConfigError', exitStatus: 2 });
  });
});
