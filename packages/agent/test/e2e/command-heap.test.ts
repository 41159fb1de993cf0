// The commands that read logs run on a worker thread with a heap sized for their bounded working
// set; a heap size the user chose (NODE_OPTIONS) is used as it is, on the main thread. A preload
// module, loaded by node in every thread, reports which thread it is in and that thread's limits.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { COMMAND_HEAP_LIMITS } from '../../src/cli/worker/command-heap.js';
import { expectExit, runCli } from '../support/cli-process.js';

let dir: string;
let log: string;
let preload: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pclogin-heap-'));
  log = join(dir, 'SSOLog_20240305.csv');
  await writeFile(
    log,
    iconv.encode(
      '日時,SmartOnアカウント,Windowsユーザー,コンピューター名,IPアドレス,イベント\r\n' +
        '2024/03/05 09:00:00,1001,CORP\\a,PC-1,10.0.0.1,ログオン\r\n' +
        '2024/03/05 18:00:00,1001,CORP\\a,PC-1,10.0.0.1,ログオフ\r\n',
      'cp932',
    ),
  );
  preload = join(dir, 'report-thread.cjs');
  await writeFile(
    preload,
    `const { isMainThread, resourceLimits } = require('node:worker_threads');
process.stderr.write('thread ' + (isMainThread ? 'main' : 'worker ' + JSON.stringify(resourceLimits)) + '\\n');
`,
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const threads = (stderr: string) =>
  stderr
    .split('\n')
    .filter((line) => line.startsWith('thread '))
    .map((line) => line.slice('thread '.length));

test('daily runs on a worker with the command heap limits, and prints what it would on the main thread', async () => {
  const result = await runCli(['daily', log, '--json'], { env: { NODE_OPTIONS: `--require ${preload}` } });
  expectExit(result, 0);
  const [main, worker, ...more] = threads(result.stderr);
  expect(main).toBe('main');
  expect(more).toEqual([]);
  expect(JSON.parse((worker ?? '').replace(/^worker /, ''))).toMatchObject(COMMAND_HEAP_LIMITS);
  expect(JSON.parse(result.stdout)).toMatchObject({
    account: '1001',
    workday: '2024-03-05',
    clockIn: '2024-03-05T09:00:00+09:00',
    clockOut: '2024-03-05T18:00:00+09:00',
  });

  const chosen = await runCli(['daily', log, '--json'], {
    env: { NODE_OPTIONS: `--require ${preload} --max-old-space-size=256` },
  });
  expectExit(chosen, 0);
  expect(threads(chosen.stderr)).toEqual(['main']);
  expect(chosen.stdout).toBe(result.stdout);
});

test('a command on the worker ends the process with its exit status', async () => {
  const usage = await runCli(['daily', log, '--day-border', '25:00'], {
    env: { NODE_OPTIONS: `--require ${preload}` },
  });
  expectExit(usage, 2);
  expect(threads(usage.stderr)).toHaveLength(2);
  expect(usage.stderr).toMatch(/25:00/);

  const missing = await runCli(['events', join(dir, 'missing')]);
  expectExit(missing, 2);
  expect(missing.stderr).toMatch(/no such file or folder/);
});

test('commands that do not read logs stay on the main thread', async () => {
  const result = await runCli(['service', 'print', '--platform', 'linux', '--config', join(dir, 'c.json')], {
    env: { NODE_OPTIONS: `--require ${preload}` },
  });
  expect(threads(result.stderr)).toEqual(['main']);
});
