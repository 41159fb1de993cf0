// The benchmark inputs, generated once per (size, seed, generator version) into bench/.data/
// (git-ignored) and reused by later runs. Files are written a day at a time, CP932-encoded with
// iconv-lite, and renamed into place only when complete, so an interrupted run never leaves a
// truncated input behind.
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { createPopulation, GENERATOR_VERSION, HEADER, smartonDays } from './smarton-log.mjs';

export const DATA_DIR = join(import.meta.dirname, '..', '.data');
export const SEED = 20240207;

const encode = (text) => iconv.encode(text, 'cp932');

/** Employees for a given number of rows: enough that a working day has ~10 rows per person. */
export const employeesFor = (rows) => Math.max(20, Math.min(2000, Math.round(rows / 500)));

function writeAll(fd, buffer) {
  let done = 0;
  while (done < buffer.length) done += writeSync(fd, buffer, done);
}

/**
 * A single SmartOn log CSV of exactly `rows` data rows (plus the header).
 * @param {{ rows: number, seed?: number, employees?: number }} options
 * @returns {{ path: string, bytes: number, rows: number, employees: number, seed: number }}
 */
export function smartonFile({ rows, seed = SEED, employees = employeesFor(rows) }) {
  mkdirSync(DATA_DIR, { recursive: true });
  const path = join(DATA_DIR, `smarton-${rows}r-${employees}e-s${seed}-v${GENERATOR_VERSION}.csv`);
  if (!existsSync(path)) {
    const tmp = `${path}.${process.pid}.tmp`;
    const fd = openSync(tmp, 'w');
    try {
      writeAll(fd, encode(HEADER));
      let left = rows;
      for (const { lines } of smartonDays({ seed, employees })) {
        const take = lines.length <= left ? lines : lines.slice(0, left);
        writeAll(fd, encode(take.join('')));
        left -= take.length;
        if (left === 0) break;
      }
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  }
  return { path, bytes: statSync(path).size, rows, employees, seed };
}

/**
 * A log folder with one file per calendar day (`SSOLog_YYYYMMDD.csv`, modified times in day
 * order), at least `bytes` large in total.
 * @param {{ bytes: number, seed?: number, employees?: number }} options
 * @returns {{ dir: string, bytes: number, files: string[] }}
 */
export function smartonFolder({ bytes, seed = SEED, employees = 2000 }) {
  mkdirSync(DATA_DIR, { recursive: true });
  const dir = join(
    DATA_DIR,
    `folder-${Math.round(bytes / 1e6)}MB-${employees}e-s${seed}-v${GENERATOR_VERSION}`,
  );
  if (!existsSync(dir)) {
    const tmp = `${dir}.${process.pid}.tmp`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp);
    const header = encode(HEADER);
    let total = 0;
    for (const { date, lines } of smartonDays({ seed, employees })) {
      if (lines.length === 0) continue;
      const body = encode(lines.join(''));
      const file = join(tmp, `SSOLog_${date.replaceAll('-', '')}.csv`);
      const fd = openSync(file, 'w');
      try {
        writeAll(fd, header);
        writeAll(fd, body);
      } finally {
        closeSync(fd);
      }
      const mtime = new Date(`${date}T23:59:59+09:00`);
      utimesSync(file, mtime, mtime);
      total += header.length + body.length;
      if (total >= bytes) break;
    }
    renameSync(tmp, dir);
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort();
  const total = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  return { dir, bytes: total, files };
}

/**
 * CP932 bytes of `count` more log rows, as the log server would append them to its newest file.
 * @param {{ count: number, seed: number, employees?: number, start?: string }} options
 * @returns {Buffer}
 */
export function moreRows({ count, seed, employees = 2000, start = '2030-01-07' }) {
  const out = [];
  for (const { lines } of smartonDays({ seed, employees, start })) {
    out.push(...lines.slice(0, count - out.length));
    if (out.length >= count) break;
  }
  return encode(out.join(''));
}

/**
 * PC Login's linking CSV (紐づけ) for the generated population: CP932, CRLF, quoted codes. One
 * employee in fifty is left unlinked, as happens in real companies.
 * @param {{ seed?: number, employees: number }} options
 * @returns {{ path: string, linked: number }}
 */
export function linksFile({ seed = SEED, employees }) {
  mkdirSync(DATA_DIR, { recursive: true });
  const path = join(DATA_DIR, `links-${employees}e-s${seed}-v${GENERATOR_VERSION}.csv`);
  const people = createPopulation(seed, employees);
  const linked = people.filter((_, i) => i % 50 !== 49);
  if (!existsSync(path)) {
    const lines = ['連携種別,種別コード,打刻先アカウント,姓・名,サービスアカウント'];
    for (const p of linked) lines.push(`SmartOn ID連携,"1","${p.code}",${p.name},"${p.account}"`);
    const tmp = `${path}.${process.pid}.tmp`;
    const fd = openSync(tmp, 'w');
    try {
      writeAll(fd, encode(`${lines.join('\r\n')}\r\n`));
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  }
  return { path, linked: linked.length };
}
