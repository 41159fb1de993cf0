#!/usr/bin/env node
// Quick local check of the parse speed target (the benchmark proper lives in bench/): writes
// a seeded 1,000,000-row CP932 SmartOn log to the temp folder (once), then times, each in its
// own process, plain csv-parse + iconv-lite streaming over it doing nothing (the baseline)
// and streamLogFile from ../dist producing events. Prints both, the ratio and peak RSS.
// Usage: npm run build && node scripts/measure-parse.mjs [rows]
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';

const rows = Number(process.argv[2] ?? 1_000_000);
const file = join(tmpdir(), `smarton-csv-measure-${rows}.csv`);

if (!existsSync(file)) {
  let seed = 20240207;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  const words = [
    'ログオン',
    'ロック',
    'アンロック',
    'ロック',
    'アンロック',
    'ログオフ',
    'ユーザー切替(connect)',
    '休止',
  ];
  const people = Array.from({ length: 2000 }, (_, i) => {
    const computer = random() < 0.1 ? `開発-PC${i}` : `PC-TKY-${String(i).padStart(4, '0')}`;
    return `,user${i},CORP\\user${i},${computer},10.0.${i % 250}.${i % 200},`;
  });
  const fd = openSync(file, 'w');
  writeSync(
    fd,
    iconv.encode('日時,SmartOnアカウント,Windowsアカウント,コンピュータ名,IPアドレス,イベント\r\n', 'cp932'),
  );
  let t = Date.UTC(2024, 0, 9, 8, 0, 0);
  const pad = (n) => String(n).padStart(2, '0');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    t += Math.floor(random() * 3) * 1000;
    const d = new Date(t);
    const ts = `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
    chunk += `${ts}${people[Math.floor(random() * people.length)]}${words[Math.floor(random() * words.length)]}\r\n`;
    if (chunk.length > 1 << 20) {
      writeSync(fd, iconv.encode(chunk, 'cp932'));
      chunk = '';
    }
  }
  writeSync(fd, iconv.encode(chunk, 'cp932'));
  closeSync(fd);
}

const baseline = `
import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
const t = performance.now(); let n = 0;
await pipeline(createReadStream(process.argv[1]), iconv.decodeStream('cp932'), parse(),
  new Writable({ objectMode: true, write(_r, _e, done) { n++; done(); } }));
console.log(JSON.stringify({ ms: performance.now() - t, rows: n, rssMB: process.resourceUsage().maxRSS / 1024 }));`;
const subject = `
import { streamLogFile } from ${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)};
const t = performance.now(); let n = 0, issues = 0;
for await (const b of streamLogFile(process.argv[1])) { n += b.events.length; issues += b.issues.length; }
console.log(JSON.stringify({ ms: performance.now() - t, events: n, issues, rssMB: process.resourceUsage().maxRSS / 1024 }));`;

const run = (code) =>
  JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', code, file], {
      cwd: import.meta.dirname,
    }).toString(),
  );
const results = { baseline: [], subject: [] };
for (let i = 0; i < 3; i++) {
  results.baseline.push(run(baseline));
  results.subject.push(run(subject));
}
const median = (a) => a.map((r) => r.ms).sort((x, y) => x - y)[Math.floor(a.length / 2)];
const b = median(results.baseline);
const s = median(results.subject);
console.log(`file: ${file}`);
console.log(
  `baseline (csv-parse + iconv-lite): ${b.toFixed(0)} ms, peak RSS ${Math.max(...results.baseline.map((r) => r.rssMB)).toFixed(0)} MB`,
);
console.log(
  `streamLogFile: ${s.toFixed(0)} ms, peak RSS ${Math.max(...results.subject.map((r) => r.rssMB)).toFixed(0)} MB, ` +
    `${results.subject[0].events} events, ${results.subject[0].issues} issues`,
);
console.log(`ratio: ${(s / b).toFixed(2)} (target ≤ 1.5, peak RSS < 150 MB)`);
