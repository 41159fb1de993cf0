// Why a punch failed or waits, in the reader's language: the reasons core and the KOT client
// store in the ledger (as codes and values beside their English text) are shown in Japanese by
// status, punches and run's summary; English stays as the libraries wrote it, --json does not
// change, and a ledger written before reasons had codes shows its text as it is.
import { join } from 'node:path';
import { FileLedgerStore } from '@pclogin/core';
import { expect, test } from 'vitest';
import { clockAt } from '../support/agent-setup.js';
import { agentSetupsPerTest } from '../support/agent-setups-per-test.js';
import { expectExit } from '../support/cli-process.js';
import { type LogRow, local, type Person, people, weekInTwo, writeLogFiles } from '../support/workforce.js';

const setUpAgent = agentSetupsPerTest();

test('status, punches and run --once say why in Japanese; English and --json as before; an old ledger’s text as it is', async () => {
  const staff = people(2);
  const week = weekInTwo(staff);
  const { before, after } = week;
  let simNow = clockAt('2024-03-07T12:00:00+09:00');
  const setup = await setUpAgent(staff, { simClock: () => simNow() });
  await writeLogFiles(setup.logs, before);
  // KING OF TIME refuses one punch for good (HTTP 400 with its own message).
  setup.sim.faults.add({
    kind: 'status',
    status: 400,
    times: 1,
    match: { method: 'POST' },
    body: { errors: [{ message: '打刻の登録に失敗しました', code: 100 }] },
  });
  const first = await setup.run(['run', '--once', '--lang', 'ja'], '2024-03-07T12:00:00+09:00');
  expectExit(first, 1);
  expect(first.stderr).toMatch(
    /ERROR 打刻の送信に失敗しました .*reason="KING OF TIME がリクエストを受け付けませんでした（HTTP 400）: 打刻の登録に失敗しました \(code 100\)"/,
  );

  // At 09:00 on the 11th, inside KING OF TIME's restricted hours: the days of the 7th (the day
  // the state folder began) wait to be read before anything is sent for them.
  await writeLogFiles(setup.logs, after);
  simNow = clockAt('2024-03-11T09:00:00+09:00');
  const ja = await setup.run(['run', '--once', '--lang', 'ja', '--json'], '2024-03-11T09:00:00+09:00');
  expectExit(ja, 3);
  expect(ja.stderr).toMatch(
    /^pclogin-agent: 未完了: 送信が終わっていない打刻が 4 件あります（送信待ち 4 件、KING OF TIME での確認待ち 0 件）。次の処理は 2024-03-11T10:00:00\+09:00 以降です。理由: このデータフォルダーで初めて扱う勤務日のため、KING OF TIME に登録済みの打刻を確認してから送信します。確認できるまで待機しています（API の利用制限時間帯のため、2024-03-11T10:00:00\+09:00 まで KING OF TIME を参照できません）。次回の実行か、実行中のサービスが送信します$/m,
  );
  const en = await setup.run(['run', '--once', '--lang', 'en', '--json'], '2024-03-11T09:01:00+09:00');
  expectExit(en, 3);
  // English: ICU plurals, and the reason as core and the KOT client wrote it.
  expect(en.stderr).toMatch(
    /^pclogin-agent: incomplete: 4 punches still to deliver \(4 to send, 0 to check in KING OF TIME\); the next can go on at 2024-03-11T10:00:00\+09:00; because: waiting to read what KING OF TIME holds for a day this ledger has not seen before sending: GET \/daily-workings\/timerecord was not sent: KING OF TIME refuses API calls during its restricted hours \(APIの利用制限時間帯\) until 2024-03-11T10:00:00\+09:00; they go out at the next run or by the running service$/m,
  );
  // --json is the same whatever the language: its summary is the English line.
  const summary = (stdout: string) =>
    JSON.parse(stdout) as { incomplete: { summary: string; reason: string } };
  expect(summary(ja.stdout).incomplete).toEqual(summary(en.stdout).incomplete);
  expect(summary(ja.stdout).incomplete.summary).toMatch(/^pclogin-agent: incomplete: 4 punches/);

  const NOW = '2024-03-11T09:03:00+09:00';
  const status = await setup.run(['status', '--lang', 'ja'], NOW);
  expectExit(status, 0);
  expect(status.stdout).toMatch(
    /^ {2}0001 2024-03-07 出勤 \d\d:\d\d:\d\d — 2024-03-11T10:00:00\+09:00 まで: このデータフォルダーで初めて扱う勤務日のため、KING OF TIME に登録済みの打刻を確認してから送信します。確認できるまで待機しています（API の利用制限時間帯のため、2024-03-11T10:00:00\+09:00 まで KING OF TIME を参照できません）$/m,
  );
  expect(status.stdout).toMatch(
    /^ {2}0002 2024-03-04 出勤 \d\d:\d\d:\d\d — KING OF TIME がリクエストを受け付けませんでした（HTTP 400）: 打刻の登録に失敗しました \(code 100\) {2}ID 0002\.2024-03-04\.clockIn\.0$/m,
  );
  const english = await setup.run(['status', '--lang', 'en'], NOW);
  expect(english.stdout).toMatch(
    /^ {2}0002 2024-03-04 出勤 \d\d:\d\d:\d\d — KING OF TIME answered POST \/daily-workings\/timerecord\/[a-f0-9]+ with HTTP 400: 打刻の登録に失敗しました \(code 100\) {2}id 0002\.2024-03-04\.clockIn\.0$/m,
  );
  const statusJson = async (lang: string) => {
    const r = await setup.run(['status', '--json', '--lang', lang], NOW);
    expectExit(r, 0);
    return r.stdout;
  };
  expect(await statusJson('ja')).toBe(await statusJson('en'));

  const punches = await setup.run(
    ['punches', '--lang', 'ja', '--date', '2024-03-04', '--employee', '0002'],
    NOW,
  );
  expectExit(punches, 0);
  expect(punches.stdout).toMatch(
    /^0002 +2024-03-04 +出勤 .* 失敗: KING OF TIME がリクエストを受け付けませんでした（HTTP 400）/m,
  );
  expect(punches.stdout).toMatch(/^0002 +2024-03-04 +退勤 .* 送信済み 2024-03-07T12:00:\d\d\+09:00/m);

  // A ledger written before reasons had codes: the English text, as it was stored.
  const store = FileLedgerStore.open(join(setup.state, 'ledger'));
  try {
    const waiting = store.list({ state: 'planned' }).filter((p) => p.reasonDetail);
    expect(waiting.length).toBeGreaterThan(0);
    store.commit({
      punches: waiting.map(({ reasonDetail: _detail, ...p }) => ({
        ...p,
        reason: 'an old reason, in English',
      })),
    });
  } finally {
    store.close();
  }
  const old = await setup.run(['status', '--lang', 'ja'], NOW);
  expectExit(old, 0);
  expect(old.stdout).toMatch(
    /^ {2}0001 2024-03-07 出勤 \d\d:\d\d:\d\d — 2024-03-11T10:00:00\+09:00 まで: an old reason, in English$/m,
  );
}, 180_000);

test('a change handed to the running agent is answered in the language of whoever asked', async () => {
  const NOW = '2024-03-15T12:00:00+09:00';
  const staff = people(2);
  const setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
  await setup.writeConfig({ pollIntervalSeconds: 1 });
  // A day with a single log: 出勤 only, and a correction item once the day is over.
  const at = new Date('2024-03-13T09:00:00+09:00');
  const single: LogRow = { local: local(at.getTime()), at, person: staff[0] as Person, event: 'ログオン' };
  await writeLogFiles(setup.logs, [single]);
  expectExit(await setup.run(['run', '--once'], NOW), 0);
  const id = / ID (\S*single-log-day)\n/.exec((await setup.run(['status', '--lang', 'ja'], NOW)).stdout)?.[1];
  expect(id).toBeDefined();

  // The service speaks English; the administrator asks in Japanese.
  const agent = setup.start(['run', '--lang', 'en'], NOW);
  await agent.waitFor(/linking CSV loaded/);
  const resolved = await setup.run(['corrections', 'resolve', id!, '--lang', 'ja'], NOW);
  expectExit(resolved, 0);
  expect(resolved.stdout).toMatch(
    /^エージェント（.+ のプロセス \d+）がデータフォルダーを使用中のため、変更をエージェントに渡しました。/m,
  );
  expect(resolved.stdout).toContain('要修正の項目 1 件を修正済みにしました。');
  agent.child.kill('SIGTERM');
  await agent.result;
  expect(agent.output()).toContain('request applied: 要修正の項目 1 件を修正済みにしました。');
}, 60_000);
