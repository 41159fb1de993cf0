// 7. Catch-up: `pclogin-agent run --once` over a whole log folder, as after installation or
// weeks offline — the reader, linking, aggregation, planning, the durable ledger and delivery
// to the KOT simulator together (suites 1–4 measure them one by one). 50 MB of daily files
// (smoke: 2 MB), 2,000 employees; `startDate` three days before the newest log, so that every
// log is read and aggregated but only the last days are sent (as when switching from PC Login's
// service). Measured as shipped (the command runs on a worker thread with the agent's heap
// limits) and, in full runs, once on the main thread with Node's default heap.
// Correctness is checked: every punch in KOT once, as many as the ledger has sent, no error day.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linksFile, smartonFolder } from '../lib/inputs.mjs';
import { measureProcess } from '../lib/measure.mjs';
import { mb, round, verdict } from '../lib/stats.mjs';

export const title = '7. Catch-up: pclogin-agent run --once over a 50 MB log folder, to the KOT simulator';

const CLI = join(import.meta.dirname, '..', '..', 'packages', 'agent', 'dist', 'cli.js');
const TOKEN = 'BenchCatchUp0Token7Xq9ZpL4mN8vR2';
const COMPANY = 'ben001';
const DEFAULT_HEAP = '--max-old-space-size=4096';

const addDays = (date, days) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function catchUp({ folder, links, startDate, now, nodeOptions }) {
  const [{ readLinksCsv }, { startKotSimulator }] = await Promise.all([
    import('@pclogin/core'),
    import('@pclogin/kot-client/testing'),
  ]);
  const linked = readLinksCsv(readFileSync(links)).links;
  const sim = await startKotSimulator({
    seed: {
      company: { key: 'c'.repeat(32), code: COMPANY, name: 'ベンチ株式会社' },
      divisions: [{ code: '1', name: '本社', dayBorderTime: '00:00' }],
      workingTypes: [{ code: '1', name: '正社員' }],
      employees: linked.map((l, i) => ({
        code: l.employeeCode,
        key: i.toString(16).padStart(64, '0'),
        lastName: '社員',
        firstName: String(i),
        divisionCode: '1',
        typeCode: '1',
      })),
    },
    token: TOKEN,
    clock: () => new Date(now),
    rateLimit: false,
  });
  const dir = mkdtempSync(join(tmpdir(), 'pclogin-bench-catch-up-'));
  try {
    copyFileSync(links, join(dir, 'links.csv'));
    const config = join(dir, 'pclogin.config.json');
    writeFileSync(
      config,
      JSON.stringify({
        companyCode: COMPANY,
        logDirectory: folder,
        stateDirectory: 'state',
        linksFile: 'links.csv',
        startDate,
        kot: { baseUrl: sim.baseUrl, requestsPerSecond: 1000 },
        logLevel: 'warn',
      }),
    );
    const env = { PCLOGIN_ACCESS_TOKEN: TOKEN, PCLOGIN_NOW: now };
    const run = await measureProcess(process.execPath, [CLI, 'run', '--once', '--config', config], {
      cwd: dir,
      env,
      nodeOptions,
    });
    if (run.code !== 0) throw new Error(`run --once exited with ${run.code}: ${run.stderr.slice(-2000)}`);
    const status = await measureProcess(process.execPath, [CLI, 'status', '--json', '--config', config], {
      cwd: dir,
      env,
    });
    const counts = JSON.parse(status.stdout).counts;
    const perKey = new Map();
    for (const r of sim.timerecords()) {
      const key = `${r.employeeCode}|${r.date}|${r.code}`;
      perKey.set(key, (perKey.get(key) ?? 0) + 1);
    }
    const duplicates = [...perKey.values()].filter((n) => n > 1).length;
    const problems = [];
    if (duplicates > 0) problems.push(`${duplicates} duplicated punches in KOT`);
    if (sim.errorDays().length > 0) problems.push(`${sim.errorDays().length} error days in KOT`);
    if (perKey.size !== counts.sent)
      problems.push(`KOT holds ${perKey.size} punches, the ledger sent ${counts.sent}`);
    if (!(counts.sent > 0)) problems.push('nothing was sent');
    if (problems.length > 0) throw new Error(`catch-up is not exactly once: ${problems.join('; ')}`);
    return {
      wallMs: round(run.wallMs, 1),
      cpuMs: round((run.userCpuMs ?? Number.NaN) + (run.systemCpuMs ?? Number.NaN), 1),
      peakRssMB: round(mb(run.maxRssBytes ?? Number.NaN), 1),
      sent: counts.sent,
      ledger: counts,
    };
  } finally {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run({ smoke, log }) {
  const folder = smoke
    ? smartonFolder({ bytes: 2e6, employees: 100 })
    : smartonFolder({ bytes: 50e6, employees: 2000 });
  const links = linksFile({ employees: smoke ? 100 : 2000 });
  const newest = /(\d{4})(\d{2})(\d{2})/.exec(folder.files.at(-1));
  const last = `${newest[1]}-${newest[2]}-${newest[3]}`;
  const startDate = addDays(last, -2);
  const now = `${addDays(last, 1)}T12:00:00+09:00`;
  log(
    `folder: ${folder.files.length} files, ${round(mb(folder.bytes), 1)} MB; ${links.linked} linked accounts; ` +
      `startDate ${startDate}, clock ${now}`,
  );
  const shipped = await catchUp({ folder: folder.dir, links: links.path, startDate, now });
  log(
    `as shipped: ${shipped.wallMs} ms (CPU ${shipped.cpuMs} ms), ${round(mb(folder.bytes) / (shipped.wallMs / 1000), 1)} MB/s, ` +
      `${shipped.sent} punches sent, peak RSS ${verdict(shipped.peakRssMB, 150, { unit: ' MB' })}`,
  );
  const result = { folder: { files: folder.files.length, bytes: folder.bytes }, startDate, now, shipped };
  if (!smoke) {
    result.defaultHeap = await catchUp({
      folder: folder.dir,
      links: links.path,
      startDate,
      now,
      nodeOptions: DEFAULT_HEAP,
    });
    log(
      `on the main thread with Node's default heap (NODE_OPTIONS=${DEFAULT_HEAP}): ${result.defaultHeap.wallMs} ms, ` +
        `peak RSS ${result.defaultHeap.peakRssMB} MB`,
    );
  }
  return result;
}
