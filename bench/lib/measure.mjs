// Measuring programs from the outside: each measured side runs in its own child process, so
// its peak RSS is its own (process.resourceUsage().maxRSS, written by a preload on exit, and
// cross-checked by sampling /proc/<pid>/status while it runs).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PRELOAD = join(import.meta.dirname, 'report-usage.cjs');

/** Peak resident memory so far of a live process, from Linux's VmHWM; undefined elsewhere. */
function peakRssOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs a command to completion and measures it.
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: Record<string, string>, nodeOptions?: string, cwd?: string, input?: string, timeoutMs?: number }} [options]
 *   `nodeOptions`: extra NODE_OPTIONS for the child (e.g. a V8 heap cap).
 * @returns {Promise<{ code: number | null, signal: string | null, wallMs: number, maxRssBytes?: number, userCpuMs?: number, systemCpuMs?: number, stdout: string, stderr: string }>}
 */
export async function measureProcess(command, args, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'pclogin-bench-'));
  const usageFile = join(dir, 'usage.json');
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: benchmarks run outside turbo; nothing is cached
  const nodeOptions = [process.env['NODE_OPTIONS'], options.nodeOptions, `--require=${PRELOAD}`]
    .filter(Boolean)
    .join(' ');
  try {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, NODE_OPTIONS: nodeOptions, PCLOGIN_BENCH_USAGE_FILE: usageFile },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let sampled = 0;
    const sampler = setInterval(() => {
      sampled = Math.max(sampled, peakRssOf(child.pid) ?? 0);
    }, 25);
    const out = [];
    const err = [];
    let outBytes = 0;
    let outLines = 0;
    child.stdout.on('data', (chunk) => {
      // Count everything, keep only the first megabytes: a whole-process run may print a lot.
      outBytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) outLines++;
      if (outBytes < 4e6) out.push(chunk);
    });
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.stdin.end(options.input ?? '');
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
    const [code, signal] = await new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (c, s) => resolve([c, s]));
    });
    const wallMs = performance.now() - started;
    clearInterval(sampler);
    clearTimeout(timer);
    let usage = {};
    try {
      usage = JSON.parse(readFileSync(usageFile, 'utf8'));
    } catch {
      // The child died before its exit hook ran (killed, or not a Node program): sampled figure only.
    }
    return {
      code,
      signal,
      wallMs,
      maxRssBytes: usage.maxRssBytes ?? (sampled || undefined),
      userCpuMs: usage.userCpuMs,
      systemCpuMs: usage.systemCpuMs,
      stdoutBytes: outBytes,
      stdoutLines: outLines,
      stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs a bench worker script (`bench/workers/<name>.mjs`) in a fresh Node process. Workers print
 * one JSON line of their own figures last on stdout; it is returned as `report`.
 * @param {string} worker file name under bench/workers
 * @param {string[]} args
 * @param {{ env?: Record<string, string>, timeoutMs?: number, nodeArgs?: string[] }} [options]
 */
export async function runWorker(worker, args, options = {}) {
  const script = join(import.meta.dirname, '..', 'workers', worker);
  let result;
  for (let attempt = 1; ; attempt++) {
    result = await measureProcess(process.execPath, [...(options.nodeArgs ?? []), script, ...args], options);
    // A package's dist may be mid-rebuild (tsup cleans it first) while others work in the tree.
    if (result.code === 0 || attempt === 4 || !/ERR_MODULE_NOT_FOUND[\s\S]*@pclogin/.test(result.stderr))
      break;
    await new Promise((resolve) => setTimeout(resolve, 5000 * attempt));
  }
  if (result.code !== 0) {
    throw new Error(
      `bench worker ${worker} ${args.join(' ')} failed (exit ${result.code ?? result.signal}):\n${result.stderr.slice(-4000)}`,
    );
  }
  const last = result.stdout.trim().split('\n').at(-1) ?? '';
  let report;
  try {
    report = JSON.parse(last);
  } catch {
    throw new Error(`bench worker ${worker} printed no JSON report; stdout ended with: ${last.slice(-500)}`);
  }
  return { ...result, report };
}

/**
 * Runs a baseline and one or more subject workers alternately `rounds` times on the same input
 * (alternating spreads a noisy machine's drift over every side) and returns each side's runs.
 * @param {number} rounds
 * @param {Record<string, () => Promise<any>>} sides
 */
export async function alternate(rounds, sides) {
  const runs = Object.fromEntries(Object.keys(sides).map((k) => [k, []]));
  for (let i = 0; i < rounds; i++) {
    for (const [name, fn] of Object.entries(sides)) runs[name].push(await fn());
  }
  return runs;
}
