// The CLI in Japanese: chosen by --lang, PCLOGIN_LANG or the locale; every text a person reads
// in KING OF TIME's words; and the machine-readable output the same in every language.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { expect, test } from 'vitest';
import { clockAt } from '../support/agent-setup.js';
import { agentSetupsPerTest } from '../support/agent-setups-per-test.js';
import { expectExit, runCli } from '../support/cli-process.js';
import { people, workLogs, writeLogFiles } from '../support/workforce.js';

const NOW = '2024-03-15T12:00:00+09:00';
const setUpAgent = agentSetupsPerTest();

/** A doctor report without what the passing of real time changes between two runs. */
function steady(stdout: string) {
  const report = JSON.parse(stdout) as { checks: { id: string; detail: string }[] };
  for (const c of report.checks) if (c.id === 'newest-log' || c.id === 'clock') c.detail = '';
  return report;
}

test('doctor, status, run and the errors speak Japanese; --json is the same in both languages', async () => {
  const staff = people(2);
  const { rows } = workLogs(staff, '2024-03-11', 2, 8);
  const setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
  await writeLogFiles(setup.logs, rows);

  const run = await setup.run(['run', '--once', '--lang', 'ja'], NOW);
  expectExit(run, 0);
  expect(run.stderr).toMatch(/INFO {2}1 回だけ処理します/);
  expect(run.stderr).toContain('処理が完了しました');
  // One zone in the agent's lines: the configured one, with its offset; never UTC.
  expect(run.stderr).toMatch(/now=2024-03-15T12:00:\d\d\+09:00/);
  expect(run.stderr).not.toMatch(/\d{2}:\d{2}:\d{2}(?:\.\d+)?Z\b/);

  const status = await setup.run(['status', '--lang', 'ja'], NOW);
  expectExit(status, 0);
  expect(status.stdout).toMatch(
    /^打刻: 送信済み \d+ 件、待機 0 件（うち送信時刻になったもの 0 件）、不確定 0 件、失敗 0 件、要修正 0 件$/m,
  );
  expect(status.stdout).toMatch(/^従業員一覧: 2 名（2024-03-15T12:00:\d\d\+09:00 に取得）$/m);

  const doctor = await setup.run(['doctor', '--lang', 'ja'], NOW);
  expect(doctor.stdout).toMatch(
    /^警告 +設定ファイル +.*は正しく読めました。アクセストークン 32 文字、末尾 …hJ5c。/m,
  );
  expect(doctor.stdout).toContain('→ 通常の運用では PCLOGIN_NOW を削除してください');
  expect(doctor.stdout).toMatch(
    /^OK +アクセストークン +有効です（.*）。テスト株式会社（企業コード e2e001）のアクセストークンです$/m,
  );
  expect(doctor.stdout).toMatch(
    /^OK +紐づけ CSV +.*紐づけ 2 件、エラー 0 件、警告 0 件（KING OF TIME の従業員一覧（2 名）と照合）$/m,
  );
  expect(doctor.stdout).toMatch(/^OK \d+ 件、警告 \d+ 件、エラー \d+ 件/m);
  expect(doctor.stdout).not.toMatch(/\b(?:ok|warn|fail)\b {2}/);

  // Machine-readable output: the same whatever the language.
  const english = await setup.run(['doctor', '--json'], NOW);
  const japanese = await setup.run(['doctor', '--json', '--lang', 'ja'], NOW);
  const byLocale = await setup.run(['doctor', '--json'], NOW, { env: { LANG: 'ja_JP.UTF-8' } });
  expect(steady(japanese.stdout)).toEqual(steady(english.stdout));
  expect(steady(byLocale.stdout)).toEqual(steady(english.stdout));
  expect(japanese.code).toBe(english.code);
  const statusJson = async (env: Record<string, string>) => {
    const r = await setup.run(['status', '--json'], NOW, { env });
    return { ...(JSON.parse(r.stdout) as object), at: '' };
  };
  expect(await statusJson({ PCLOGIN_LANG: 'ja' })).toEqual(await statusJson({ PCLOGIN_LANG: 'en' }));

  const linksJson = async (env: Record<string, string>) =>
    (await setup.run(['links', 'check', '--json'], NOW, { env })).stdout;
  expect(await linksJson({ PCLOGIN_LANG: 'ja' })).toBe(await linksJson({ PCLOGIN_LANG: 'en' }));

  // JSON log lines: the same keys and levels in both languages (only the message is the reader's).
  await setup.writeConfig({ logFormat: 'json', logLevel: 'info' });
  const keys = async (lang: string) => {
    const r = await setup.run(['run', '--once', '--lang', lang], NOW);
    expectExit(r, 0);
    return r.stderr
      .trim()
      .split('\n')
      .map((line) => {
        const { msg, ...rest } = JSON.parse(line) as Record<string, unknown>;
        expect(typeof msg).toBe('string');
        return `${String(rest['level'])}:${Object.keys(rest).sort().join(',')}`;
      });
  };
  expect(await keys('ja')).toEqual(await keys('en'));
  await setup.writeConfig();

  // An error names the fix in Japanese; its exit status does not change.
  const retry = await setup.run(['retry', 'nope'], NOW, { env: { PCLOGIN_LANG: 'ja' } });
  expectExit(retry, 2);
  expect(retry.stderr).toContain('失敗した打刻ではありません: nope');
});

test('the language: --lang over PCLOGIN_LANG over LC_ALL/LANG; the parser’s complaints too', async () => {
  const help = await runCli(['--help'], { env: { LANG: 'ja_JP.UTF-8' } });
  expect(help.stdout).toMatch(/^使い方: pclogin-agent/m);
  expect(help.stdout).toMatch(/^コマンド:$/m);
  const english = await runCli(['--help'], { env: { LANG: 'ja_JP.UTF-8', PCLOGIN_LANG: 'en' } });
  expect(english.stdout).toMatch(/^Usage: pclogin-agent/m);
  const flag = await runCli(['status', '--help', '--lang', 'ja'], { env: { PCLOGIN_LANG: 'en' } });
  expect(flag.stdout).toMatch(/^オプション:$/m);
  const unknown = await runCli(['doctor', '--bogus'], { env: { LC_ALL: 'ja_JP.UTF-8' } });
  expectExit(unknown, 2);
  expect(unknown.stderr).toContain("エラー: '--bogus' というオプションはありません");
  const demo = await runCli(['demo'], { env: { PCLOGIN_LANG: 'ja', HTTPS_PROXY: 'http://127.0.0.1:9' } });
  expectExit(demo, 0);
  expect(demo.stdout).toMatch(/^従業員 +日付 +出勤 +退勤$/m);
  expect(demo.stdout).toContain('エラー勤務はありません。どの勤務日も出勤と退勤が 1 つずつです。');
  expect(demo.stdout).toMatch(
    /^ {2}アカウント 5000: 勤務日 3 日分のログ 6 件 — KING OF TIME の従業員に紐づいていません/m,
  );
  expect(demo.stdout).toMatch(
    /SSOLog_20240207\.csv 5 行目: 日時を読み取れません（形式の例: 2024\/02\/07 09:03:12） {2}「2024\/02\/07 25:61:00,/,
  );
  const bad = await runCli(['status', '--lang', 'fr']);
  expectExit(bad, 2);
  expect(bad.stderr).toMatch(/--lang <lang>: fr is not one of ja, en/);
});

test('doctor on an unusable configuration: only that check, exit status 2 as every command; a Shift_JIS file is read', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'pclogin-doctor-'));
  try {
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{ "companyCode": "toolong1" }');
    const en = await runCli(['doctor', '--config', broken]);
    expectExit(en, 2);
    expect(en.stdout).toMatch(/^fail {2}configuration {2}companyCode: must be 3 or 6 letters/m);
    expect(en.stdout).toMatch(/^0 ok, 0 warnings, 1 failed$/m);
    const ja = await runCli(['doctor', '--config', broken, '--lang', 'ja']);
    expectExit(ja, 2);
    expect(ja.stdout).toMatch(/^エラー {2}設定ファイル {2}companyCode: /m);
    expect(ja.stdout).toMatch(/^OK 0 件、警告 0 件、エラー 1 件$/m);
    const json = await runCli(['doctor', '--config', broken, '--json']);
    expectExit(json, 2);
    expect(JSON.parse(json.stdout)).toMatchObject({ checks: [{ id: 'config', status: 'fail' }] });

    // Saved as an older Notepad's "ANSI": the Japanese folder name is read as written, with a warning.
    const folder = join(dir, 'ログ出力');
    const sjis = join(dir, 'sjis.json');
    await writeFile(
      sjis,
      iconv.encode(JSON.stringify({ logDirectory: folder, stateDirectory: join(dir, '状態') }), 'cp932'),
    );
    const read = await runCli(['doctor', '--config', sjis, '--json']);
    const checks = (
      JSON.parse(read.stdout) as { checks: { id: string; status: string; detail: string; fix?: string }[] }
    ).checks;
    expect(checks[0]).toMatchObject({
      id: 'config',
      status: 'warn',
      fix: expect.stringMatching(/Shift_JIS/),
    });
    expect(checks.find((c) => c.id === 'log-folder')?.detail).toBe(`${folder}: does not exist`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
