import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogEvent } from '@pclogin/core';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { readLogEvents } from './read-log-events.js';

// The computer last: a row cut in its name still reads as a whole event, with the wrong name.
const HEADER = '日時,SmartOnアカウント,イベント,コンピュータ名\r\n';
const NOW = Date.parse('2024-02-08T12:00:00Z');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pclogin-events-'));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

async function logFile(name: string, text: string, mtimeMs: number) {
  const path = join(dir, name);
  await writeFile(path, text);
  await utimes(path, mtimeMs / 1000, mtimeMs / 1000);
  return { path, mtimeMs };
}

test('the half-written last line of a file still being written is left out, as the agent leaves it', async () => {
  const older = await logFile(
    '20240206.csv',
    `${HEADER}2024/02/06 09:00:00,u1,ログオン,PC-1\r\n2024/02/06 18:00:00,u1,ログオフ,PC-1`,
    NOW - 86_400_000,
  );
  const newest = await logFile(
    '20240207.csv',
    `${HEADER}2024/02/07 09:00:00,u2,ログオン,PC-2\r\n2024/02/07 18:00:00,u2,ログオフ,PC-`,
    NOW - 5_000,
  );
  const events: LogEvent[] = [];
  await readLogEvents(
    [older, newest],
    { timeZone: 'Asia/Tokyo' },
    (batch) => {
      events.push(...batch);
    },
    NOW,
  );
  // The older, quiet file's unterminated last line is complete; the newest one's is not.
  expect(events.map((e) => `${e.account} ${e.kind}`)).toEqual(['u1 logon', 'u1 logoff', 'u2 logon']);
  const notes = vi.mocked(process.stderr.write).mock.calls.map(([text]) => String(text));
  expect(notes.some((n) => n.includes('20240207.csv') && n.includes('no line end yet'))).toBe(true);
});
