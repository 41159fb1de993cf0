// Runs the built CLI (dist/cli.js) in a real child process, as an administrator or a service
// manager would, and keeps everything it printed for the secret checks.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** Everything every child process printed in this test file. */
export const allOutput: string[] = [];

const running = new Set<CliProcess>();
// A test that fails half-way must not leave an agent running; what those processes printed is
// shown, since a test that timed out waiting for a line says nothing else about why.
afterEach(async ({ task }) => {
  const failed = task.result?.state === 'fail';
  for (const p of running) {
    if (failed) {
      const args = p.child.spawnargs.slice(2).join(' ');
      process.stderr.write(
        `\n--- still running when the test failed: ${args}\n${p.output().slice(-4000)}\n---\n`,
      );
    }
    await kill(p);
  }
});

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  /** Added to a minimal environment (PATH and HOME only: no proxy or token of the machine leaks in). */
  env?: Record<string, string | undefined>;
  /** Run as this user (and group) id; only possible as root. */
  uid?: number;
  gid?: number;
}

/** A running CLI process: its output so far, and its end. */
export interface CliProcess {
  child: ChildProcess;
  result: Promise<CliResult>;
  output(): string;
  /** Resolves when the output contains `text`. */
  waitFor(text: string | RegExp): Promise<void>;
}

export function startCli(args: readonly string[], options: CliOptions = {}): CliProcess {
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '/tmp',
  };
  for (const [k, v] of Object.entries(options.env ?? {})) if (v !== undefined) env[k] = v;
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
  });
  let stdout = '';
  let stderr = '';
  const waiters: { text: string | RegExp; resolve: () => void }[] = [];
  const check = () => {
    for (const w of [...waiters]) {
      const all = stdout + stderr;
      if (typeof w.text === 'string' ? all.includes(w.text) : w.text.test(all)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  child.stdout?.on('data', (c: Buffer) => {
    stdout += c.toString();
    check();
  });
  child.stderr?.on('data', (c: Buffer) => {
    stderr += c.toString();
    check();
  });
  const result = new Promise<CliResult>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      allOutput.push(stdout, stderr);
      for (const w of waiters) w.resolve();
      resolve({ code, signal, stdout, stderr });
    });
  });
  const started: CliProcess = {
    child,
    result,
    output: () => stdout + stderr,
    waitFor: (text) =>
      new Promise<void>((resolve) => {
        waiters.push({ text, resolve });
        check();
      }),
  };
  running.add(started);
  const forget = () => running.delete(started);
  void result.then(forget, forget);
  return started;
}

export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return startCli(args, options).result;
}

/** SIGKILL, and resolve once the process is gone. */
export async function kill(process: CliProcess): Promise<void> {
  if (process.child.exitCode === null && process.child.signalCode === null) process.child.kill('SIGKILL');
  await process.result;
}

/** Asserts the exit status, showing what the process printed when it differs. */
export function expectExit(result: CliResult, code: number): void {
  if (result.code !== code) {
    throw new Error(
      `exit status ${result.code} (signal ${result.signal}), expected ${code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr
        .split('\n')
        .filter((l) => !l.includes(' DEBUG '))
        .join('\n')}`,
    );
  }
}
