// Suite 4's worker: PUNCHES due punches in a durable ledger (FileLedgerStore in a temporary
// directory), delivered by @pclogin/core's deliverDuePunches through the reference agent's
// KING OF TIME sink and @pclogin/kot-client (its token-bucket rate limiter set to RATE requests/s)
// to the KOT simulator enforcing the same limit (429 + {"code":"303"} above it). RATE 0 means no
// limit anywhere: the stack's own capacity.
// Usage: node delivery.mjs PUNCHES RATE [CLIENT_BURST]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deliveryApis } from '../lib/apis.mjs';
import { createRandom } from '../lib/random.mjs';

const punchCount = Number(process.argv[2]);
const rate = Number(process.argv[3]);
const burst = rate > 0 ? Math.max(1, Math.round(rate / 10)) : 0;
const DAYS = 5;
const CLIENT_BURST = Number(process.argv[4] ?? 1);
const employeeCount = Math.ceil(punchCount / (2 * DAYS));

const { startKotSimulator, createKotClient, FileLedgerStore, deliverDuePunches, punchId, createSink } =
  await deliveryApis();

// KOT's side allows short bursts; the client sends at most `rate` per second and keeps its own
// burst at 1: spending the server's burst allowance leaves no room for network jitter, and one
// 429 halves the client's rate for a minute.
const sim = await startKotSimulator({ rateLimit: rate > 0 ? { requestsPerSecond: rate, burst } : false });
const clientLimit = rate > 0 ? { requestsPerSecond: rate, burst: CLIENT_BURST } : false;
const stateDir = mkdtempSync(join(tmpdir(), 'pclogin-bench-ledger-'));
let store;
try {
  const employees = [];
  for (let i = 1; i <= employeeCount; i++) {
    employees.push(
      sim.addEmployee({
        code: `B${String(i).padStart(5, '0')}`,
        lastName: 'ベンチ',
        firstName: `${i}`,
        divisionCode: '1000',
        typeCode: '1',
      }),
    );
  }
  const directory = {
    employees: employees.map((e) => ({ code: e.code, key: e.key, divisionCode: e.divisionCode })),
    divisions: [{ code: '1000', dayBorderTime: '00:00' }],
  };

  // Working days: the last DAYS days before today (Japan time), all in the past, so every punch is due.
  const random = createRandom(7);
  const todayJst = new Date(Date.now() + 9 * 3_600_000);
  const punches = [];
  for (let d = DAYS; d >= 1 && punches.length < punchCount; d--) {
    const day = new Date(
      Date.UTC(todayJst.getUTCFullYear(), todayJst.getUTCMonth(), todayJst.getUTCDate() - d),
    );
    const workday = day.toISOString().slice(0, 10);
    for (const e of employees) {
      for (const [kind, hour] of [
        ['clockIn', 9],
        ['clockOut', 18],
      ]) {
        if (punches.length >= punchCount) break;
        const at = new Date(day.getTime() + (hour - 9) * 3_600_000 + random.int(-3600, 3600) * 1000);
        punches.push({
          id: punchId(e.code, workday, kind, 0),
          employeeCode: e.code,
          workday,
          kind,
          seq: 0,
          at,
        });
      }
    }
  }

  store = FileLedgerStore.open(stateDir);
  store.commit({ plan: punches });

  const client = createKotClient({ token: sim.token, baseUrl: sim.baseUrl, rateLimit: clientLimit });
  const sink = createSink({ client, directory: () => directory });

  const started = performance.now();
  let rounds = 0;
  let stops = 0;
  for (;;) {
    rounds++;
    // The send path alone: these punches are this ledger's own (no KING OF TIME read first).
    const report = await deliverDuePunches({ store, sink, kotDecides: false });
    if (report.remaining === 0) break;
    if (!report.stopped)
      throw new Error(`a delivery round ended with ${report.remaining} due punches and no reason`);
    stops++;
    if (stops > 100) throw new Error(`delivery stopped ${stops} times; last: ${report.stopped.reason}`);
    const wait = report.stopped.retryAt ? report.stopped.retryAt.getTime() - Date.now() : 1000;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(wait, 5000))));
  }
  const ms = performance.now() - started;

  const posts = sim.requests.filter(
    (r) => r.method === 'POST' && r.path.includes('/daily-workings/timerecord/'),
  );
  const times = posts
    .filter((r) => r.status === 201)
    .map((r) => r.at.getTime())
    .sort((a, b) => a - b);
  let maxInAnySecond = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i] - times[j] >= 1000) j++;
    maxInAnySecond = Math.max(maxInAnySecond, i - j + 1);
  }
  const spanMs = times.length > 1 ? times.at(-1) - times[0] : Number.NaN;
  // Accepted punches per second of the run, to see the rate hold (or sag) over time.
  const perSecond = [];
  for (const t of times) {
    const second = Math.floor((t - times[0]) / 1000);
    perSecond[second] = (perSecond[second] ?? 0) + 1;
  }
  const perKey = new Map();
  for (const record of sim.timerecords()) {
    const key = `${record.employeeCode}|${record.date}|${record.code}`;
    perKey.set(key, (perKey.get(key) ?? 0) + 1);
  }
  const duplicates = [...perKey.values()].filter((n) => n > 1).length;
  const counts = store.counts();
  console.log(
    JSON.stringify({
      punches: punches.length,
      rate,
      burst,
      clientBurst: CLIENT_BURST,
      ms,
      rounds,
      posts: posts.length,
      answered201: posts.filter((r) => r.status === 201).length,
      answered429: posts.filter((r) => r.status === 429).length,
      spanMs,
      // The first `burst` requests may go at once; the rate is what follows them.
      achievedRate: (times.length - Math.max(burst, 1)) / (spanMs / 1000),
      maxInAnySecond,
      perSecond: Array.from(perSecond, (n) => n ?? 0),
      stored: perKey.size,
      storedRecords: sim.timerecords().length,
      duplicates,
      errorDays: sim.errorDays().length,
      ledger: counts,
    }),
  );
} finally {
  store?.close();
  await sim.close();
  rmSync(stateDir, { recursive: true, force: true });
}
