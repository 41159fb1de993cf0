// A company's worth of SmartOn logs for the end-to-end tests, with the punches KING OF TIME
// must end up holding computed here, independently of the agent: per employee and working
// day, the first log (出勤) and the last (退勤), to the second.
import { appendFile, mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';

export interface Person {
  code: string;
  key: string;
  account: string;
  lastName: string;
  firstName: string;
  divisionCode: 'D' | 'N';
}

export interface LogRow {
  /** Japan wall-clock time, `YYYY/MM/DD HH:MM:SS`. */
  local: string;
  /** The instant. */
  at: Date;
  person: Person;
  event: 'ログオン' | 'ログオフ' | 'ロック' | 'アンロック';
}

export interface ExpectedDay {
  code: string;
  workday: string;
  clockIn: Date;
  /** Absent for a day with a single log: 出勤 only. */
  clockOut?: Date;
}

/** Day shifts change day at midnight; the night division at 05:00. */
export const DIVISIONS = [
  { code: 'D', name: '本社', dayBorderTime: '00:00' },
  { code: 'N', name: '工場', dayBorderTime: '05:00' },
];

/** A small deterministic generator (mulberry32), so every run of a test sees the same logs. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function people(count: number, nightEvery = 5): Person[] {
  return Array.from({ length: count }, (_, i) => ({
    code: String(i + 1).padStart(4, '0'),
    key: (i + 1).toString(16).padStart(64, 'a'),
    account: String(1000 + i + 1),
    lastName: '社員',
    firstName: `${i + 1}号`,
    divisionCode: i % nightEvery === nightEvery - 1 ? 'N' : 'D',
  }));
}

const pad = (n: number) => String(n).padStart(2, '0');
const JST = 9 * 3_600_000;

/** Logs of `days` working days starting at `first` (YYYY-MM-DD), four events per person and day. */
export function workLogs(
  staff: readonly Person[],
  first: string,
  days: number,
  seed = 1,
): { rows: LogRow[]; expected: ExpectedDay[] } {
  const rnd = random(seed);
  const rows: LogRow[] = [];
  const expected: ExpectedDay[] = [];
  const base = Date.parse(`${first}T00:00:00+09:00`);
  for (let d = 0; d < days; d++) {
    const midnight = base + d * 86_400_000;
    const workday = new Date(midnight + JST).toISOString().slice(0, 10);
    for (const p of staff) {
      // Night shifts start about 20:00 and end before 04:00, inside their working day (05:00 border).
      const night = p.divisionCode === 'N';
      const second = () => Math.floor(rnd() * 1800);
      const logon = midnight + ((night ? 20 : 8) * 3600 + second()) * 1000;
      const lock = logon + ((night ? 2 : 3) * 3600 + second()) * 1000;
      const unlock = lock + (45 * 60 + second()) * 1000;
      const logoff = unlock + ((night ? 3 : 4) * 3600 + second()) * 1000;
      const events: [number, LogRow['event']][] = [
        [logon, 'ログオン'],
        [lock, 'ロック'],
        [unlock, 'アンロック'],
        [logoff, 'ログオフ'],
      ];
      for (const [ms, event] of events) rows.push({ local: local(ms), at: new Date(ms), person: p, event });
      expected.push({ code: p.code, workday, clockIn: new Date(logon), clockOut: new Date(logoff) });
    }
  }
  rows.sort((a, b) => a.at.getTime() - b.at.getTime());
  return { rows, expected };
}

export function local(ms: number): string {
  const d = new Date(ms + JST);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

export const HEADER = '日時,SmartOnアカウント,Windowsアカウント,コンピュータ名,IPアドレス,イベント';

/**
 * One CP932 file per calendar day, CRLF, with a Japanese header, as the log server writes them;
 * rows of a day whose file exists are appended to it, as the log server appends.
 */
export async function writeLogFiles(
  directory: string,
  rows: readonly LogRow[],
  extraLines: Record<string, Buffer[]> = {},
): Promise<string[]> {
  await mkdir(directory, { recursive: true });
  const byDay = new Map<string, string[]>();
  for (const r of rows) {
    const day = r.local.slice(0, 10).replace(/\//g, '');
    const lines = byDay.get(day) ?? [];
    lines.push(
      `${r.local},${r.person.account},user${r.person.account},PC-${r.person.code},10.0.0.${Number(r.person.code) % 250},${r.event}`,
    );
    byDay.set(day, lines);
  }
  const files: string[] = [];
  for (const [day, lines] of [...byDay].sort()) {
    const file = join(directory, `SSOLog_${day}.csv`);
    const exists = await stat(file).then(
      () => true,
      () => false,
    );
    const text = `${(exists ? lines : [HEADER, ...lines]).join('\r\n')}\r\n`;
    const parts = [iconv.encode(text, 'cp932'), ...(extraLines[day] ?? [])];
    await (exists ? appendFile : writeFile)(file, Buffer.concat(parts));
    files.push(file);
  }
  return files;
}

/**
 * The logs of `staff` for the six days from Monday 2024-03-04 (seed 5), split at Thursday
 * 05:00: `before` is what a first run finds, `after` what comes later.
 */
export function weekInTwo(staff: readonly Person[]): {
  before: LogRow[];
  after: LogRow[];
  expected: ExpectedDay[];
} {
  const week = workLogs(staff, '2024-03-04', 6, 5);
  return {
    before: week.rows.filter((r) => r.local < '2024/03/07 05'),
    after: week.rows.filter((r) => r.local >= '2024/03/07 05'),
    expected: week.expected,
  };
}
