// Suite 9's worker: `pclogin-agent run` (the service, a real child process) delivers a backfill
// of EMPLOYEES × DAYS working days (one 出勤 and one 退勤 each) to the KOT simulator, with the
// client at RATE requests/s, and FAULTS percent of punch POSTs failing: half answered 503 before
// anything is applied, half applied and then the connection dropped without an answer. Measured
// from the start of the process until KOT holds every punch, or CAP_SECONDS.
// Usage: node faults.mjs EMPLOYEES DAYS RATE FAULTS CAP_SECONDS
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { createRandom } from '../lib/random.mjs';

const [employeeCount, days, rate, faultPercent, capSeconds] = process.argv.slice(2).map(Number);
const CLI = join(import.meta.dirname, '..', '..', 'packages', 'agent', 'dist', 'cli.js');
const TOKEN = 'BenchFaults00Token7Xq9ZpL4mN8vR2';
const COMPANY = 'ben001';
// Noon in Japan, outside KING OF TIME's restricted hours; the backfill is the days before it.
const NOW = '2024-04-22T12:00:00+09:00';
const JST = 9 * 3_600_000;

const [{ writeLinksCsv }, { startKotSimulator }] = await Promise.all([
  import('@pclogin/core'),
  import('@pclogin/kot-client/testing'),
]);

const start = Date.parse(NOW);
const t0 = performance.now();
const clock = () => new Date(start + Math.floor(performance.now() - t0));
const staff = Array.from({ length: employeeCount }, (_, i) => ({
  code: String(1001 + i),
  key: (i + 1).toString(16).padStart(64, '0'),
  account: `user${String(i + 1).padStart(4, '0')}`,
}));
const sim = await startKotSimulator({
  seed: {
    company: { key: 'c'.repeat(32), code: COMPANY, name: 'ベンチ株式会社' },
    divisions: [{ code: '1', name: '本社', dayBorderTime: '00:00' }],
    workingTypes: [{ code: '1', name: '正社員' }],
    employees: staff.map((p) => ({
      code: p.code,
      key: p.key,
      lastName: '社員',
      firstName: p.code,
      divisionCode: '1',
      typeCode: '1',
    })),
  },
  token: TOKEN,
  clock,
  restrictedHours: false,
  rateLimit: false,
});
if (faultPercent > 0) {
  const half = faultPercent / 100;
  sim.faults.random({
    seed: 12,
    rate: half * 2,
    kinds: [{ kind: 'status', status: 503 }, 'drop-after-apply'],
    match: { method: 'POST', path: '/daily-workings/timerecord/' },
  });
}

const dir = mkdtempSync(join(tmpdir(), 'pclogin-bench-faults-'));
let child;
try {
  // The logs: a logon about 09:00 and a logoff about 18:00 per employee and day, one file a day.
  const random = createRandom(20240422);
  const expected = new Map();
  mkdirSync(join(dir, 'logs'));
  const firstDay = Date.parse('2024-04-22T00:00:00+09:00') - days * 86_400_000;
  for (let d = 0; d < days; d++) {
    const midnight = firstDay + d * 86_400_000;
    const workday = new Date(midnight + JST).toISOString().slice(0, 10);
    const lines = ['日時,SmartOnアカウント,Windowsアカウント,コンピュータ名,IPアドレス,イベント'];
    const rows = [];
    for (const p of staff) {
      const logon = midnight + (8 * 3600 + random.int(0, 3600)) * 1000;
      const logoff = midnight + (17 * 3600 + random.int(0, 3600)) * 1000;
      rows.push([logon, p, 'ログオン'], [logoff, p, 'ログオフ']);
      expected.set(`${p.code}|${workday}|1`, logon);
      expected.set(`${p.code}|${workday}|2`, logoff);
    }
    rows.sort((a, b) => a[0] - b[0]);
    for (const [ms, p, event] of rows) {
      const t = new Date(ms + JST).toISOString();
      const local = `${t.slice(0, 4)}/${t.slice(5, 7)}/${t.slice(8, 10)} ${t.slice(11, 19)}`;
      lines.push(`${local},${p.account},${p.account},PC-${p.code},10.0.0.1,${event}`);
    }
    const file = join(dir, 'logs', `SSOLog_${workday.replace(/-/g, '')}.csv`);
    writeFileSync(file, iconv.encode(`${lines.join('\r\n')}\r\n`, 'cp932'));
  }
  writeFileSync(
    join(dir, 'links.csv'),
    writeLinksCsv(
      staff.map((p) => ({
        linkType: 'SmartOn ID連携',
        typeCode: '1',
        employeeCode: p.code,
        name: `社員 ${p.code}`,
        serviceAccount: p.account,
      })),
    ),
  );
  const config = join(dir, 'pclogin.config.json');
  writeFileSync(
    config,
    JSON.stringify({
      companyCode: COMPANY,
      logDirectory: 'logs',
      stateDirectory: 'state',
      linksFile: 'links.csv',
      kot: { baseUrl: sim.baseUrl, requestsPerSecond: rate },
      logLevel: 'warn',
    }),
  );

  const started = performance.now();
  child = spawn(process.execPath, [CLI, 'run', '--config', config], {
    cwd: dir,
    env: { ...process.env, PCLOGIN_ACCESS_TOKEN: TOKEN, PCLOGIN_NOW: NOW },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk.toString()).slice(-20_000);
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let early;
  void exited.then((result) => {
    early = result;
  });

  const distinct = () => new Set(sim.timerecords().map((r) => `${r.employeeCode}|${r.date}|${r.code}`)).size;
  let completedMs;
  while (performance.now() - started < capSeconds * 1000) {
    if (early) throw new Error(`the agent exited early (${JSON.stringify(early)}): ${stderr.slice(-3000)}`);
    if (distinct() >= expected.size) {
      completedMs = performance.now() - started;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const elapsedMs = completedMs ?? performance.now() - started;
  child.kill('SIGTERM');
  await exited;

  const records = sim.timerecords();
  const perKey = new Map();
  let wrongTime = 0;
  for (const r of records) {
    const key = `${r.employeeCode}|${r.date}|${r.code}`;
    perKey.set(key, (perKey.get(key) ?? 0) + 1);
    const want = expected.get(key);
    if (want === undefined || Math.floor(Date.parse(r.time) / 60_000) !== Math.floor(want / 60_000))
      wrongTime++;
  }
  const posts = sim.requests.filter(
    (r) => r.method === 'POST' && r.path.includes('/daily-workings/timerecord/'),
  );
  const reads = sim.requests.filter(
    (r) => r.method === 'GET' && r.path.includes('/daily-workings/timerecord'),
  );
  console.log(
    JSON.stringify({
      punches: expected.size,
      rate,
      faultPercent,
      completed: completedMs !== undefined,
      ms: elapsedMs,
      delivered: perKey.size,
      punchesPerSecond: perKey.size / (elapsedMs / 1000),
      posts: posts.length,
      postsPerPunch: posts.length / Math.max(1, perKey.size),
      reads: reads.length,
      faults: sim.faults.injected.length,
      duplicates: [...perKey.values()].filter((n) => n > 1).length,
      wrongTime,
      errorDays: sim.errorDays().length,
    }),
  );
} finally {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
}
