#!/usr/bin/env node
// Prints the summary table of a results file (default bench/results/latest.json) as Markdown,
// the way docs/benchmarks.md shows it: `node bench/summary.mjs [results.json]`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const file = process.argv[2] ?? join(import.meta.dirname, 'results', 'latest.json');
const results = JSON.parse(readFileSync(file, 'utf8'));
const s = results.suites;
const round1 = (n) => Math.round(n * 10) / 10;
const ok = (met) => (met === undefined ? '' : met ? 'met' : '**missed**');
const rows = [];

const parse = s['1-parse'];
if (parse?.smartonCsv) {
  rows.push([
    '1 parse (1,000,000 rows, CP932)',
    `${parse.smartonCsv.medianMs} ms, ${parse.smartonCsv.rowsPerSecond.toLocaleString('en')} rows/s, ${parse.smartonCsv.mbPerSecond} MB/s, RSS ${parse.smartonCsv.peakRssMB} MB`,
    `csv-parse + iconv-lite: ${parse.baseline.medianMs} ms, ${parse.baseline.mbPerSecond} MB/s, RSS ${parse.baseline.peakRssMB} MB`,
    `${parse.ratio}× (CPU ${parse.cpuRatio}×)`,
    `≤ 1.5×, < 150 MB: ${ok(parse.met)}`,
  ]);
}
const pipeline = s['2-pipeline'];
if (pipeline?.inProcess) {
  const p = pipeline.inProcess;
  rows.push([
    '2 pipeline, in-process',
    `${p.medianMs} ms, ${p.summaries.toLocaleString('en')} working days, RSS ${p.peakRssMB} MB`,
    `baseline 1: ${pipeline.baseline.medianMs} ms`,
    `${p.ratio}× (CPU ${p.cpuRatio}×)`,
    `≤ 1.5×, < 150 MB: ${ok(p.met)}`,
  ]);
}
if (pipeline?.cli) {
  const c = pipeline.cli;
  rows.push([
    '2 pipeline, `daily --links --json`',
    `${c.medianWallMs} ms whole process, ${c.outputLines.toLocaleString('en')} lines, RSS ${c.peakRssMB} MB`,
    `baseline 1 process: ${pipeline.baseline.medianWallMs} ms`,
    `${c.ratio}× (CPU ${c.cpuRatio}×)`,
    `≤ 1.5×, < 150 MB: ${ok(c.met)}`,
  ]);
}
const inc = s['3-incremental'];
if (inc?.small) {
  rows.push([
    '3 incremental (+100 rows)',
    `${inc.small.folderMB} MB/${inc.small.files} files: ${inc.small.incrementalMedianMs} ms, ${inc.small.incrementalBytesRead} B read; ` +
      `${inc.large.folderMB} MB/${inc.large.files} files: ${inc.large.incrementalMedianMs} ms, ${inc.large.incrementalBytesRead} B read`,
    `appended ${inc.large.appendedBytes} B`,
    `folder ×${inc.folderSizeRatio} → time ×${inc.incrementalTimeRatio}, bytes ×${inc.incrementalBytesReadRatio}`,
    'bytes ∝ appended',
  ]);
}
const delivery = s['4-delivery'];
if (delivery?.limited) {
  const d = delivery.limited;
  rows.push([
    '4 delivery',
    `${d.punches.toLocaleString('en')} punches at N = ${d.allowedPerSecond}/s: ${d.achievedPerSecond}/s, ${d.answered429} × 429, ${d.duplicates} duplicates`,
    `no limit: ${delivery.capacity.punchesPerSecond} punches/s`,
    `${delivery.ratio} of N`,
    `≥ 0.9, never above, no duplicates: ${ok(delivery.met)}`,
  ]);
}
const startup = s['5-startup'];
if (startup?.ratio !== undefined) {
  rows.push([
    '5 start-up',
    `\`pclogin-agent --help\` ${startup.cliMedianMs} ms (median of ${startup.runs})`,
    `\`node -e 0\` ${startup.nodeMedianMs} ms`,
    `${startup.ratio}×`,
    `≤ 3×: ${ok(startup.met)}`,
  ]);
}
const size = s['6-size'];
if (size) {
  const parts = Object.entries(size)
    .filter(([name]) => name.startsWith('@pclogin/'))
    .map(([name, v]) => `${name.replace('@pclogin/', '')} ${v.distMinGzKiB} KiB`);
  rows.push(['6 size (dist, min+gz)', parts.join(', '), '', '', '']);
}

const catchUp = s['7-catch-up'];
if (catchUp?.shipped) {
  const c = catchUp.shipped;
  rows.push([
    '7 catch-up (`run --once`)',
    `${round1(catchUp.folder.bytes / 1e6)} MB/${catchUp.folder.files} files → ${c.sent.toLocaleString('en')} punches sent: ${c.wallMs} ms, RSS ${c.peakRssMB} MB`,
    catchUp.defaultHeap
      ? `Node's default heap: ${catchUp.defaultHeap.wallMs} ms, RSS ${catchUp.defaultHeap.peakRssMB} MB`
      : '',
    '',
    `< 150 MB: ${ok(c.peakRssMB < 150)}`,
  ]);
}

const faults = s['9-faults'];
for (const [label, f] of [
  ['high rate', faults?.high],
  ['default rate', faults?.default],
]) {
  if (!f) continue;
  const w = f.withFaults;
  rows.push([
    `9 delivery under faults, ${label}`,
    `${w.delivered}/${w.punches} punches at ${f.requestsPerSecond} requests/s with 5% 503 + 5% dropped: ${w.seconds} s, ${w.punchesPerSecond}/s, ${w.postsPerPunch} POSTs per punch, ${w.duplicates} duplicates, ${w.errorDays} error days`,
    `no faults: ${f.withoutFaults.seconds} s, ${f.withoutFaults.punchesPerSecond}/s`,
    `${f.ratio}×`,
    `≥ 0.5×, no duplicates: ${ok(f.met)}`,
  ]);
}

const m = results.machine;
console.log(
  `Run ${results.date}${results.smoke ? ' (smoke)' : ''} on ${m.cpus}× ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}\n`,
);
console.log('| suite | figures | baseline (same run) | ratio | target |');
console.log('|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
