import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { DemoRow } from './demo-scenario.js';

/** The header a Japanese SmartOn ID log server plausibly writes. */
export const DEMO_LOG_HEADER = [
  '日時',
  'SmartOnアカウント',
  'Windowsアカウント',
  'コンピュータ名',
  'IPアドレス',
  'イベント',
];

/** What {@link writeDemoLogs} wrote. */
export interface DemoLogFiles {
  /** The files, oldest first. */
  files: string[];
  /** The malformed line the demo plants: its file, line number and why it is bad. */
  malformed: { file: string; line: number; text: string };
}

/**
 * Writes the rows as a log server would: one CSV file per calendar day, CP932 with CRLF and a
 * Japanese header, into `directory`. On the Wednesday one line has an impossible time, as a
 * damaged file might: the agent must report and skip it.
 */
export async function writeDemoLogs(directory: string, rows: readonly DemoRow[]): Promise<DemoLogFiles> {
  await mkdir(directory, { recursive: true });
  const byDay = new Map<string, string[][]>();
  for (const row of rows) {
    const date = row.time.slice(0, 10);
    const p = row.person;
    const lines = byDay.get(date) ?? [];
    lines.push([row.time, p.account, p.windowsUser, p.computer, p.ip, row.event]);
    byDay.set(date, lines);
  }
  const files: string[] = [];
  let malformed: DemoLogFiles['malformed'] | undefined;
  for (const [date, lines] of [...byDay].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const file = join(directory, `SSOLog_${date.replace(/\//g, '')}.csv`);
    const records = lines.map((fields) => fields.join(','));
    if (date === '2024/02/07') {
      const text = '2024/02/07 25:61:00,1000,yamada.taro,PC-0001,192.168.10.11,ログオン';
      records.splice(3, 0, text);
      malformed = { file, line: 3 + 2, text }; // +1 for the header, +1 for 1-based lines
    }
    const content = `${[DEMO_LOG_HEADER.join(','), ...records].join('\r\n')}\r\n`;
    await writeFile(file, iconv.encode(content, 'cp932'));
    files.push(file);
  }
  if (!malformed) throw new Error('the demo week has no Wednesday');
  return { files, malformed };
}
