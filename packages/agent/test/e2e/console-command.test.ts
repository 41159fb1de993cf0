// `pclogin-agent console` as a real process beside a real agent, over raw HTTP (no browser
// needed): the key, the Host and Origin checks, the running service, import and export of
// PC Login's CSV, --read-only and --listen.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { readLinksCsv, writeLinksCsv } from '@pclogin/core';
import iconv from 'iconv-lite';
import { expect, test } from 'vitest';
import { type AgentSetup, clockAt, linkRows, statusOf, TOKEN } from '../support/agent-setup.js';
import { agentSetupsPerTest } from '../support/agent-setups-per-test.js';
import { type CliProcess, expectExit } from '../support/cli-process.js';
import { expectKotHolds } from '../support/kot-expectations.js';
import { people, workLogs, writeLogFiles } from '../support/workforce.js';

const NOW = '2024-03-15T12:00:00+09:00';
const setUpAgent = agentSetupsPerTest();
const URL_PATTERN = /http:\/\/127\.0\.0\.1:(\d+)\/\?key=(\S+)/;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function raw(
  port: number,
  path: string,
  {
    method = 'GET',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function startConsole(setup: AgentSetup, args: string[] = []) {
  const cli = setup.start(['console', ...args], NOW);
  await cli.waitFor(URL_PATTERN);
  const [, port, key] = URL_PATTERN.exec(cli.output())!;
  const login = await raw(Number(port), `/?key=${key}`);
  expect(login.status).toBe(303);
  const cookie = String(login.headers['set-cookie']).split(';')[0]!;
  const page = await raw(Number(port), '/links', { headers: { cookie } });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body.toString())?.[1] ?? '';
  return { cli, port: Number(port), cookie, csrf, origin: `http://127.0.0.1:${port}` };
}

async function stop(cli: CliProcess) {
  cli.child.kill('SIGTERM');
  expect((await cli.result).code).toBe(0);
}

test('the key, Host and Origin checks of the real command; nothing served holds the token', async () => {
  const staff = people(2);
  const setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
  await writeLogFiles(setup.logs, workLogs(staff, '2024-03-04', 2).rows);
  expectExit(await setup.run(['run', '--once'], NOW), 0);
  const c = await startConsole(setup);
  try {
    expect(c.cli.output()).toMatch(/127\.0\.0\.1/);
    // No key, a wrong key: refused.
    expect((await raw(c.port, '/')).status).toBe(401);
    expect((await raw(c.port, '/api/status')).status).toBe(401);
    expect((await raw(c.port, '/?key=guess')).status).toBe(401);
    // Another Host (DNS rebinding), even with the session: refused.
    const rebound = await raw(c.port, '/api/status', {
      headers: { cookie: c.cookie, host: `attacker.example:${c.port}` },
    });
    expect(rebound.status).toBe(403);
    // A cross-origin POST with the session and a valid token: refused, nothing changed.
    const before = await readFile(setup.linksFile);
    const form = new URLSearchParams({
      _csrf: c.csrf,
      employeeCode: staff[0]!.code,
      serviceAccount: 'x',
      mode: 'set',
    });
    const foreign = await raw(c.port, '/links/save', {
      method: 'POST',
      headers: {
        cookie: c.cookie,
        origin: 'http://attacker.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: form.toString(),
    });
    expect(foreign.status).toBe(403);
    expect(await readFile(setup.linksFile)).toEqual(before);
    // Every page and the JSON, without the token.
    let served = '';
    for (const path of ['/', '/api/status', '/days?kot=1', '/logs', '/links', '/corrections']) {
      const res = await raw(c.port, path, { headers: { cookie: c.cookie } });
      expect(res.status, path).toBe(200);
      served += res.body.toString();
    }
    expect(served).toContain('"token":{"configured":true}');
    expect(served).not.toContain(TOKEN);
  } finally {
    await stop(c.cli);
  }
}, 60_000);

test('beside a running agent: it shows it running with its passes; resolve says the agent holds the ledger', async () => {
  const staff = people(2);
  const setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
  const { rows } = workLogs(staff, '2024-03-04', 2);
  const single = { ...rows[0]!, local: '2024/03/06 09:00:00', at: new Date('2024-03-06T09:00:00+09:00') };
  await writeLogFiles(setup.logs, [...rows, single]);
  const agent = setup.start(['run'], NOW);
  await agent.waitFor('pass done');
  const c = await startConsole(setup);
  try {
    const status = JSON.parse(
      (await raw(c.port, '/api/status', { headers: { cookie: c.cookie } })).body.toString(),
    );
    expect(status.agent.running).toBe(true);
    expect(status.agent.pid).toBe(agent.child.pid);
    expect(status.lastPass.at).toMatch(/^2024-03-15 12:0\d:\d\d$/);
    expect(status.nextPassAt).toMatch(/^2024-03-15 /);
    const id: string = status.corrections[0].id;
    const res = await raw(c.port, '/corrections/resolve', {
      method: 'POST',
      headers: { cookie: c.cookie, origin: c.origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: c.csrf, id }).toString(),
    });
    expect(res.status).toBe(303);
    expect(res.headers.location).toMatch(/^\/corrections\?done=agent-busy&n=0&detail=pid\+\d+/);
    const page = await raw(c.port, String(res.headers.location), {
      headers: { cookie: c.cookie, 'accept-language': 'ja' },
    });
    expect(page.body.toString()).toContain('エージェントが台帳を使用中のため変更できません');
  } finally {
    agent.child.kill('SIGTERM');
    await agent.result;
    await stop(c.cli);
  }
  // Stopped: the agent shows as stopped, and resolving works.
  const c2 = await startConsole(setup);
  try {
    const status = JSON.parse(
      (await raw(c2.port, '/api/status', { headers: { cookie: c2.cookie } })).body.toString(),
    );
    expect(status.agent.running).toBe(false);
    const res = await raw(c2.port, '/corrections/resolve', {
      method: 'POST',
      headers: { cookie: c2.cookie, origin: c2.origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: c2.csrf, id: status.corrections[0].id }).toString(),
    });
    expect(res.headers.location).toBe('/corrections?done=resolved&n=1');
  } finally {
    await stop(c2.cli);
  }
}, 60_000);

test('export and import of PC Login’s CSV in CP932; a file with errors is refused and nothing changes', async () => {
  const staff = people(3);
  const setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
  await writeLogFiles(setup.logs, workLogs(staff, '2024-03-04', 1).rows);
  expectExit(await setup.run(['run', '--once'], NOW), 0);
  const c = await startConsole(setup);
  try {
    const exported = await raw(c.port, '/links/export', { headers: { cookie: c.cookie } });
    expect(exported.status).toBe(200);
    expect(exported.headers['content-disposition']).toBe('attachment; filename="links.csv"');
    const text = iconv.decode(exported.body, 'cp932');
    expect(text.split('\r\n')[0]).toBe('連携種別,種別コード,打刻先アカウント,姓・名,サービスアカウント');
    expect(readLinksCsv(exported.body).encoding).toBe('cp932');
    expect(readLinksCsv(exported.body).links.map((l) => [l.employeeCode, l.serviceAccount])).toEqual(
      staff.map((p) => [p.code, p.account]),
    );

    const upload = async (bytes: Uint8Array) => {
      const boundary = '----pclogin-test-boundary';
      const body = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${c.csrf}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="links.csv"\r\nContent-Type: text/csv\r\n\r\n`,
        ),
        Buffer.from(bytes),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return raw(c.port, '/links/import', {
        method: 'POST',
        headers: {
          cookie: c.cookie,
          origin: c.origin,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        body,
      });
    };
    // Two employees under one account: the same error as links check; the file is not touched.
    const before = await readFile(setup.linksFile);
    const broken = linkRows(staff).map((r, i) => (i === 1 ? { ...r, serviceAccount: staff[0]!.account } : r));
    const refused = await upload(writeLinksCsv(broken));
    expect(refused.status).toBe(422);
    expect(refused.body.toString()).toContain(staff[0]!.account);
    expect(await readFile(setup.linksFile)).toEqual(before);

    // A good file (the third employee's account changed) replaces it, with a backup.
    const changed = linkRows(staff).map((r, i) => (i === 2 ? { ...r, serviceAccount: 'new-3' } : r));
    const accepted = await upload(writeLinksCsv(changed));
    expect(accepted.status).toBe(303);
    expect(accepted.headers.location).toMatch(/^\/links\?saved=3&backup=/);
    expect(readLinksCsv(await readFile(setup.linksFile)).links.map((l) => l.serviceAccount)).toEqual([
      staff[0]!.account,
      staff[1]!.account,
      'new-3',
    ]);
    const backups = (await readdir(setup.dir)).filter((f) => /^links\.csv\.\d{14}\.bak$/.test(f));
    expect(backups).toHaveLength(1);
    expect(await readFile(`${setup.dir}/${backups[0]}`)).toEqual(before);
    // A second save at once keeps both earlier files.
    const firstSaved = await readFile(setup.linksFile);
    expect((await upload(writeLinksCsv(linkRows(staff)))).status).toBe(303);
    const all = (await readdir(setup.dir)).filter((f) => /^links\.csv\.\d{14}(-\d+)?\.bak$/.test(f));
    expect(all).toHaveLength(2);
    const kept = await Promise.all(all.map((f) => readFile(`${setup.dir}/${f}`)));
    expect(kept.some((b) => b.equals(before))).toBe(true);
    expect(kept.some((b) => b.equals(firstSaved))).toBe(true);
  } finally {
    await stop(c.cli);
  }
}, 60_000);

test('--read-only changes nothing; --listen warns; a wildcard address is refused', async () => {
  const staff = people(1);
  const setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
  await writeLogFiles(setup.logs, workLogs(staff, '2024-03-04', 1).rows);
  const c = await startConsole(setup, ['--read-only']);
  try {
    expect(c.cli.output()).toContain('(read-only)');
    const page = await raw(c.port, '/links', { headers: { cookie: c.cookie } });
    expect(page.body.toString()).not.toContain('method="post"');
    const res = await raw(c.port, '/links/save', {
      method: 'POST',
      headers: { cookie: c.cookie, origin: c.origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'employeeCode=0001&serviceAccount=x&mode=set',
    });
    expect(res.status).toBe(403);
  } finally {
    await stop(c.cli);
  }
  const wildcard = await setup.run(['console', '--listen', '0.0.0.0'], NOW);
  expectExit(wildcard, 2);
  expect(wildcard.stderr).toContain('name one interface');
  const listen = setup.start(['console', '--listen', '127.0.0.2'], NOW);
  try {
    await listen.waitFor(/http:\/\/127\.0\.0\.2:\d+/);
    expect(listen.output()).toContain('WARNING: the console listens on 127.0.0.2');
  } finally {
    await stop(listen);
  }
}, 60_000);

test('a failed punch sent again from 補正 reaches KING OF TIME at the next pass', async () => {
  const staff = people(2);
  const setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
  const { rows, expected } = workLogs(staff, '2024-03-04', 1, 3);
  await writeLogFiles(setup.logs, rows);
  setup.sim.faults.add({ kind: 'status', status: 400, times: 1, match: { method: 'POST' } });
  expectExit(await setup.run(['run', '--once'], NOW), 1);
  const c = await startConsole(setup);
  try {
    const page = (await raw(c.port, '/corrections', { headers: { cookie: c.cookie } })).body.toString();
    const ids = [...page.matchAll(/data-punch="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids).toHaveLength(1);
    const post = (id: string) =>
      raw(c.port, '/punches/retry', {
        method: 'POST',
        headers: { cookie: c.cookie, origin: c.origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: c.csrf, id }).toString(),
      });
    expect((await post('0001|2024-03-04|clockIn|9')).headers.location).toBe(
      '/corrections?done=unknown-id&n=0',
    );
    expect((await post(ids[0]!)).headers.location).toBe('/corrections?done=retried&n=1');
  } finally {
    await stop(c.cli);
  }
  expect((await statusOf(setup, NOW)).counts['failed']).toBe(0);
  expectExit(await setup.run(['run', '--once'], NOW), 0);
  expectKotHolds(setup.sim, staff, expected);
}, 60_000);

test('日別データ shows the 退勤 still to come of a working day not over yet', async () => {
  const staff = people(1);
  const setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
  const today = workLogs(staff, '2024-03-15', 1, 4).rows.filter((r) => r.local < '2024/03/15 12:00:00');
  await writeLogFiles(setup.logs, today);
  expectExit(await setup.run(['run', '--once'], NOW), 0);
  const c = await startConsole(setup);
  try {
    const page = await raw(c.port, '/days?from=2024-03-15&to=2024-03-15', {
      headers: { cookie: c.cookie, 'accept-language': 'ja' },
    });
    const html = page.body.toString();
    const last = today.at(-1)!.local.slice(11, 16);
    expect(html).toContain(`退勤 <time>${last}</time> <span class="badge planned">予定</span>`);
    // The day ends at midnight; the setup's grace is 60 minutes.
    expect(html).toContain('<span class="reason">2024-03-16 01:00 以降</span>');
  } finally {
    await stop(c.cli);
  }
}, 60_000);

test('a link saved in the console is picked up by the running agent at its next pass', async () => {
  const staff = people(2);
  const newcomer = { ...staff[1]!, account: '2' };
  staff[1] = newcomer;
  const setup = await setUpAgent(staff, { simClock: clockAt(NOW) });
  await setup.writeConfig({
    pollIntervalSeconds: 1,
    kot: { baseUrl: setup.sim.baseUrl, requestsPerSecond: 1000 },
  });
  await writeFile(setup.linksFile, writeLinksCsv(linkRows([staff[0]!])));
  await writeLogFiles(setup.logs, workLogs(staff, '2024-03-04', 1, 8).rows);
  const agent = setup.start(['run'], NOW);
  await agent.waitFor(/pass done events=\d+ planned=\d+ sent=2/);
  // The newcomer keeps working the next day, still unlinked: the agent keeps those logs too.
  const next = workLogs([newcomer], '2024-03-05', 1, 9);
  await writeLogFiles(setup.logs, next.rows);
  const c = await startConsole(setup);
  try {
    const res = await raw(c.port, '/links/save', {
      method: 'POST',
      headers: { cookie: c.cookie, origin: c.origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        _csrf: c.csrf,
        employeeCode: newcomer.code,
        serviceAccount: '2',
        mode: 'add',
      }).toString(),
    });
    expect(res.status).toBe(303);
    // The running agent reloads the file and sends the newcomer's days, the ones before the
    // link included (their logs were kept): two days, 出勤 and 退勤 each, in the next pass.
    await agent.waitFor(/linking CSV loaded[^\n]*accounts=2[\s\S]*pass done[^\n]*sent=4/);
    expect(setup.sim.timerecords(newcomer.key, '2024-03-05').map((r) => new Date(r.time).getTime())).toEqual([
      next.expected[0]!.clockIn.getTime(),
      next.expected[0]!.clockOut!.getTime(),
    ]);
    expect(setup.sim.timerecords(newcomer.key, '2024-03-04')).toHaveLength(2);
    expect(setup.sim.errorDays()).toEqual([]);
  } finally {
    agent.child.kill('SIGTERM');
    await agent.result;
    await stop(c.cli);
  }
}, 90_000);
