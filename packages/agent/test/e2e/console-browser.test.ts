// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators, and the rendered text is what a person reads
// The web console in a real browser (Debian's chromium through playwright-core), on a real
// installation: the agent has run against the KING OF TIME simulator, then `pclogin-agent
// console` is started as an administrator would and used through its pages.
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLinksCsv, writeLinksCsv } from '@pclogin/core';
import { type Browser, chromium, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clockAt, linkRows, statusOf, TOKEN } from '../support/agent-setup.js';
import { agentSetupsPerTest } from '../support/agent-setups-per-test.js';
import { axeScan, CHROMIUM, CHROMIUM_ARGS } from '../support/browser.js';
import { expectExit, startCli } from '../support/cli-process.js';
import { type LogRow, type Person, people, workLogs, writeLogFiles } from '../support/workforce.js';

const NOW = '2024-03-15T12:00:00+09:00';
const setUpAgent = agentSetupsPerTest();
const SCREENSHOTS = fileURLToPath(new URL('../.screenshots/', import.meta.url));
const DOCS_IMAGES = fileURLToPath(new URL('../../../../docs/images/console/', import.meta.url));

let browser: Browser | undefined;
beforeAll(async () => {
  if (!CHROMIUM) return;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  await mkdir(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  // `PCLOGIN_UPDATE_SCREENSHOTS=1` puts the new screenshots of the demo's data into the docs.
  if (process.env['PCLOGIN_UPDATE_SCREENSHOTS'] === '1' && CHROMIUM) {
    await mkdir(DOCS_IMAGES, { recursive: true });
    for (const name of (await readdir(SCREENSHOTS)).filter((n) => n.startsWith('demo-')))
      await copyFile(join(SCREENSHOTS, name), join(DOCS_IMAGES, name));
  }
});

const hhmm = (d: Date) => new Date(d.getTime() + 9 * 3_600_000).toISOString().slice(11, 16);

/** Every body the browser received, to look for the token in. */
function recordBodies(page: Page): string[] {
  const bodies: string[] = [];
  page.on('response', (response: Response) => {
    void response.text().then(
      (text) => bodies.push(text),
      () => undefined,
    );
  });
  return bodies;
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

async function expectAccessible(page: Page) {
  const violations = await axeScan(page);
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${page.url()}: ${JSON.stringify(serious, null, 1)}`).toEqual([]);
}

test.skipIf(!CHROMIUM)(
  'an administrator uses the console: 状態, 日別データ against KOT, ログ表示, linking an account, 補正',
  async () => {
    // Four KOT employees; the fourth logs on as "4", which no link covers yet.
    const staff = people(4);
    const newcomer: Person = { ...staff[3]!, account: '4' };
    staff[3] = newcomer;
    const linked = staff.slice(0, 3);
    const setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
    await writeFile(setup.linksFile, writeLinksCsv(linkRows(linked)));
    const { rows, expected } = workLogs(staff, '2024-03-04', 2, 18);
    // A day with a single log (出勤 only): a correction item once the day is over.
    const single: LogRow = {
      local: '2024/03/06 09:00:00',
      at: new Date('2024-03-06T09:00:00+09:00'),
      person: staff[0]!,
      event: 'ログオン',
    };
    await writeLogFiles(setup.logs, [...rows, single]);
    expectExit(await setup.run(['run', '--once'], NOW), 0);

    const cli = setup.start(['console'], NOW, { env: { PCLOGIN_NOW: NOW } });
    await cli.waitFor(/http:\/\/127\.0\.0\.1:\d+\/\?key=\S+/);
    const url = /http:\/\/127\.0\.0\.1:\d+\/\?key=\S+/.exec(cli.output())![0];
    const origin = new URL(url).origin;

    const context = await browser!.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const bodies = recordBodies(page);
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    try {
      // Opened with the key: 状態, and the key has left the address bar.
      await page.goto(url);
      expect(page.url()).toBe(`${origin}/`);
      await expect.poll(() => page.locator('h1').textContent()).toBe('状態');
      const home = await page.locator('main').innerText();
      expect(home).toContain('停止中'); // no agent holds the ledger now
      expect(home).toContain('送信済み');
      expect(home).toMatch(/連携されていないアカウント[\s\S]*\b4\b/);
      expect(home).toContain('設定済み（内容は表示しません）');
      await shot(page, 'status.ja');
      await expectAccessible(page);

      // Someone edits KING OF TIME by hand: a later 退勤 for the second employee on 03-05.
      const edited = { code: staff[1]!.code, workday: '2024-03-05' };
      setup.sim.addTimerecord({
        employee: edited.code,
        date: edited.workday,
        time: '2024-03-05T23:50:00+09:00',
        code: '2',
      });

      // 日別データ with what KING OF TIME holds: every linked employee's day matches the logs,
      // and KOT's 出勤 / 退勤 equal them; only the edited day is marked as different.
      await page.goto(`${origin}/days?from=2024-03-04&to=2024-03-06&kot=1`);
      await expect.poll(() => page.locator('h1').textContent()).toBe('日別データ');
      expect(await page.locator('main').innerText()).toContain('KING OF TIME の記録を');
      for (const day of expected.filter((d) => linked.some((p) => p.code === d.code))) {
        const row = page.locator(`tr[data-employee="${day.code}"][data-workday="${day.workday}"]`);
        await expect.poll(() => row.count()).toBe(1);
        expect(await row.locator('[data-kot="clockIn"]').textContent()).toBe(hhmm(day.clockIn));
        const edit = day.code === edited.code && day.workday === edited.workday;
        expect(await row.locator('[data-kot="clockOut"]').textContent()).toBe(
          edit ? '23:50' : hhmm(day.clockOut!),
        );
        const cells = await row.locator('td').allInnerTexts();
        expect(cells[3]).toBe(hhmm(day.clockIn)); // first log
        expect(cells[4]).toBe(hhmm(day.clockOut!)); // last log
        expect(cells[5]).toContain('送信済み');
      }
      // What the simulator holds for those rows, read from the simulator itself.
      for (const p of linked) {
        for (const r of setup.sim.timerecords(p.key, '2024-03-04')) {
          const cell = page.locator(
            `tr[data-employee="${p.code}"][data-workday="2024-03-04"] [data-kot="${r.code === '1' ? 'clockIn' : 'clockOut'}"]`,
          );
          expect(await cell.textContent()).toBe(hhmm(new Date(r.time)));
        }
      }
      const differs = page.locator('tr.differs');
      expect(await differs.count()).toBe(1);
      expect(await differs.getAttribute('data-employee')).toBe(edited.code);
      expect(await differs.getAttribute('data-workday')).toBe(edited.workday);
      expect(await differs.innerText()).toContain('差異あり: 退勤');
      // The unlinked account's days show as not linked, with its logs.
      expect(await page.locator('main').innerText()).toContain('（未連携）');
      await shot(page, 'days.ja');
      await expectAccessible(page);

      // ログ表示, filtered by account and by day.
      await page.goto(`${origin}/logs?account=4`);
      const logRows = page.locator('table.logs tbody tr');
      const newcomerRows = rows.filter((r) => r.person.account === '4');
      await expect.poll(() => logRows.count()).toBe(newcomerRows.length);
      for (const text of await logRows.allInnerTexts()) expect(text).toMatch(/^\S+ \S+\t4\t/);
      expect((await logRows.allInnerTexts()).filter((t) => t.endsWith('ログオン'))).toHaveLength(2);
      await page.goto(`${origin}/logs`);
      await page.getByLabel('勤務日').fill('2024-03-05');
      await page.getByRole('textbox', { name: 'PC', exact: true }).fill(`PC-${staff[1]!.code}`);
      await page.getByRole('button', { name: '絞り込み' }).click();
      await expect.poll(() => logRows.count()).toBe(4);
      for (const text of await logRows.allInnerTexts()) expect(text).toContain('2024-03-05');
      await shot(page, 'logs.ja');
      await expectAccessible(page);

      // アカウント連携: "4" is suggested for employee 0004 (zero padding); one click links it.
      await page.goto(`${origin}/links`);
      const unlinkedRow = page.locator('tr[data-account="4"]');
      await expect.poll(() => unlinkedRow.count()).toBe(1);
      await shot(page, 'links.ja');
      await expectAccessible(page);
      await unlinkedRow.getByRole('button', { name: /連携する: 0004/ }).click();
      await expect.poll(() => page.locator('.notice.ok').innerText()).toContain('連携 CSV を保存しました');
      const saved = readLinksCsv(await readFile(setup.linksFile));
      expect(saved.links.find((l) => l.employeeCode === '0004')?.serviceAccount).toBe('4');
      expect(saved.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(
        (await readdir(setup.dir)).filter((f) => f.startsWith('links.csv.') && f.endsWith('.bak')),
      ).toHaveLength(1);
      expect(await page.locator('tr[data-account="4"]').count()).toBe(0);

      // The next pass of the agent uses the new link: 0004's next day reaches KING OF TIME.
      const next = workLogs([newcomer], '2024-03-07', 1, 5);
      await writeLogFiles(setup.logs, next.rows);
      expectExit(await setup.run(['run', '--once'], NOW), 0);
      const held = setup.sim.timerecords(newcomer.key, '2024-03-07');
      expect(held.map((r) => [r.code, new Date(r.time).getTime()])).toEqual([
        ['1', next.expected[0]!.clockIn.getTime()],
        ['2', next.expected[0]!.clockOut!.getTime()],
      ]);

      // 補正: the single-log day's correction item, resolved from the console.
      await page.goto(`${origin}/corrections`);
      const item = page.locator('tr[data-correction*="single-log-day"]');
      await expect.poll(() => item.count()).toBe(1);
      await shot(page, 'corrections.ja');
      await expectAccessible(page);
      await item.getByRole('button', { name: '対応済みにする' }).click();
      await expect.poll(() => page.locator('.notice.ok').innerText()).toContain('1 件を対応済みにしました');
      expect(await page.locator('tr[data-correction]').count()).toBe(0);
      const status = await statusOf(setup, NOW);
      expect((status as unknown as { corrections: unknown[] }).corrections).toEqual([]);

      // The JSON the console serves, and English for an English browser.
      const json = await page.request.get(`${origin}/api/status`);
      expect(json.status()).toBe(200);
      const english = await browser!.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
      const enPage = await english.newPage();
      const enBodies = recordBodies(enPage);
      await enPage.goto(url);
      await expect.poll(() => enPage.locator('h1').textContent()).toBe('Status');
      await shot(enPage, 'status.en');
      await enPage.goto(`${origin}/days?from=2024-03-04&to=2024-03-07`);
      await shot(enPage, 'days.en');
      await enPage.goto(`${origin}/links`);
      await shot(enPage, 'links.en');
      await english.close();

      // The token was in the agent's environment all along, and in nothing served.
      const everything = [...bodies, ...enBodies, await json.text()].join('\n');
      expect(everything.length).toBeGreaterThan(10_000);
      expect(everything).not.toContain(TOKEN);
      expect(cspViolations).toEqual([]);
    } finally {
      await context.close();
      cli.child.kill('SIGTERM');
      expect((await cli.result).code).toBe(0);
    }
  },
  120_000,
);

test.skipIf(!CHROMIUM)(
  'the demo opens the console on its data (npm start -- --console): every screen in Japanese and English, accessible',
  async () => {
    const demo = startCli(['demo', '--console']);
    await demo.waitFor(/http:\/\/127\.0\.0\.1:\d+\/\?key=\S+|Done in/);
    const found = /http:\/\/127\.0\.0\.1:\d+\/\?key=\S+/.exec(demo.output());
    expect(found, demo.output()).not.toBeNull();
    const url = found![0];
    const origin = new URL(url).origin;
    const screens: [name: string, path: string, ja: string, en: string][] = [
      ['status', '/', '状態', 'Status'],
      ['days', '/days?from=2024-02-05&to=2024-02-09&kot=1', '日別データ', 'Daily data'],
      ['logs', '/logs?day=2024-02-07', 'ログ表示', 'Log view'],
      ['links', '/links', 'アカウント連携', 'Account linking'],
      ['corrections', '/corrections', '補正', 'Corrections'],
    ];
    try {
      for (const locale of ['ja-JP', 'en-US'] as const) {
        const context = await browser!.newContext({ locale, viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        const bodies = recordBodies(page);
        await page.goto(url);
        for (const [name, path, ja, en] of screens) {
          await page.goto(`${origin}${path}`);
          await expect.poll(() => page.locator('h1').textContent()).toBe(locale === 'ja-JP' ? ja : en);
          await shot(page, `demo-${name}.${locale.slice(0, 2)}`);
          if (locale === 'ja-JP') await expectAccessible(page);
        }
        // The demo's unlinked account is on 状態 and アカウント連携; KOT's days are read.
        await page.goto(`${origin}/links`);
        expect(await page.locator('tr[data-account="5000"]').count()).toBe(1);
        await page.goto(`${origin}/days?from=2024-02-05&to=2024-02-09&kot=1`);
        expect(await page.locator('tr.differs').count()).toBe(0);
        expect(await page.locator('[data-kot="clockIn"]').count()).toBeGreaterThan(10);
        await context.close();
        expect(bodies.join('\n')).not.toContain('DemoToken0000000000000000000demo');
      }
    } finally {
      demo.child.kill('SIGTERM');
      const result = await demo.result;
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Temporary files removed.');
    }
  },
  120_000,
);
