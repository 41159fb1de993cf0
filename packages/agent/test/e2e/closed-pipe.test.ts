// A reader that stops early (`pclogin-agent events DIR --json | head -1`) closes the pipe:
// the CLI must end quietly with status 0, not with an EPIPE stack trace.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CLI } from '../support/cli-process.js';

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pclogin-pipe-'));
  file = join(dir, 'SSOLog_20240305.csv');
  const row = '2024/03/05 09:00:00,1001,yamada,PC-1,10.0.0.1,LOGON\r\n';
  await writeFile(
    file,
    `日時,SmartOnアカウント,Windowsアカウント,コンピュータ名,IPアドレス,イベント\r\n${row.repeat(20_000)}`,
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the CLI, reads its first line of output, then closes the read end of the pipe. */
function firstLineThenClose(
  args: string[],
): Promise<{ code: number | null; firstLine: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, firstLine: out.split('\n')[0] ?? '', stderr }));
  });
}

test('events --json into a pipe closed after one line ends with status 0 and no stack trace', async () => {
  const result = await firstLineThenClose(['events', file, '--json']);
  expect(JSON.parse(result.firstLine)).toMatchObject({ account: '1001', kind: 'logon' });
  expect(result.stderr).not.toContain('EPIPE');
  expect(result.code).toBe(0);
});
