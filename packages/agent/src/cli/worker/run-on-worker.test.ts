import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { runOnWorker } from './run-on-worker.js';

// Worker scripts of our own stand in for the command worker: what runOnWorker does with the
// worker's end (its exit status, an error the command did not catch) is the same.
let dir: string;
const token = 'WorkerT0ken7Xq9ZpL4mN8vR2sK6wY3hJ';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pclogin-worker-'));
  vi.stubEnv('PCLOGIN_ACCESS_TOKEN', token);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  process.exitCode = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** What the code under test writes to stderr from now on (not shown). */
function captureStderr(): string[] {
  const written: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  return written;
}

async function script(source: string): Promise<URL> {
  const path = join(dir, 'worker.mjs');
  await writeFile(path, source);
  return pathToFileURL(path);
}

test('the exit status the command sets on the worker becomes the process’s', async () => {
  await runOnWorker('events', [], { script: await script('process.exitCode = 3;') });
  expect(process.exitCode).toBe(3);
});

test('an error the command did not catch ends with status 1, without the token', async () => {
  const written = captureStderr();
  await runOnWorker('events', [], {
    script: await script("throw new Error('request with ' + process.env.PCLOGIN_ACCESS_TOKEN + ' failed');"),
  });
  expect(process.exitCode).toBe(1);
  const output = written.join('');
  expect(output).toContain('request with [redacted] failed');
  expect(output).not.toContain(token);
});

test('an uncaught error is printed without the secrets the command read from its configuration', async () => {
  const written = captureStderr();
  await runOnWorker('events', [], {
    script: await script(
      "import { parentPort } from 'node:worker_threads';\n" +
        "parentPort.postMessage({ type: 'secrets', values: ['Conf1gT0kenFromFile', 'pw'] });\n" +
        "throw new Error('token Conf1gT0kenFromFile and proxy http://u:pw@p');",
    ),
  });
  const output = written.join('');
  expect(output).toContain('token [redacted] and proxy http://u:[redacted]@p');
  expect(output).not.toContain('Conf1gT0kenFromFile');
});

test('a command that does not stop after a stop signal is ended after the deadline', async () => {
  const written = captureStderr();
  const started = runOnWorker('run', [], {
    forwardSignals: true,
    stopDeadlineMs: 100,
    // Ignores the forwarded signal and never ends by itself (a read that never returns).
    script: await script(
      "import { parentPort } from 'node:worker_threads';\n" +
        "parentPort.on('message', () => {});\n" +
        "parentPort.postMessage({ type: 'secrets', values: [] });\n" +
        'setInterval(() => {}, 1000);',
    ),
  });
  // Forwarded even before the worker runs: messages wait in its port.
  process.emit('SIGTERM', 'SIGTERM');
  await started;
  expect(process.exitCode).toBe(1);
  expect(written.join('')).toMatch(/not stopped 0 s after SIGTERM: stopping now/);
});

test('a second stop signal before the command began ends it with status 1, not 0', async () => {
  const written = captureStderr();
  const started = runOnWorker('run', [], {
    forwardSignals: true,
    script: await script('setInterval(() => {}, 1000);'),
  });
  // Both arrive before the worker's script runs (the worker is ended before it began).
  process.emit('SIGTERM', 'SIGTERM');
  process.emit('SIGTERM', 'SIGTERM');
  await started;
  expect(process.exitCode).toBe(1);
  expect(written.join('')).toMatch(/SIGTERM again: stopping now/);
});
