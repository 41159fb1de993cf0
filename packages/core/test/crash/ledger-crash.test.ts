import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { killHard, spawnScript } from '../support/child.js';
import { mulberry32 } from './mulberry32.mjs';

// Issue 5's crash test: a real agent process (the built package: what users run) ingesting
// log batches through processEvents and delivering through the ledger, killed with SIGKILL at random points and restarted each time. KING OF TIME is a
// file the sink appends to (fsync) before answering: it keeps every punch whatever happens to
// the process. In the end every planned punch must be held exactly once — none lost, none
// doubled; sent again only after reconciliation proved the first did not land — and the
// ledger must agree. The kill points and faults come from one seed (PCLOGIN_CRASH_SEED).

const seed = Number(process.env['PCLOGIN_CRASH_SEED'] ?? 20240207);
const kills = 32;
const worker = 'test/crash/ledger-crash-worker.mjs';
const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const directory = mkdtempSync(join(tmpdir(), 'pclogin-crash-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

beforeAll(() => {
  // The worker runs the build (turbo's test task builds first); refuse to test a stale one.
  const built = statSync(join(packageDir, 'dist/index.js'), { throwIfNoEntry: false });
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...readdirSync(dir, { withFileTypes: true }).map((entry) =>
        entry.isDirectory()
          ? newest(join(dir, entry.name))
          : entry.name.endsWith('.test.ts')
            ? 0
            : statSync(join(dir, entry.name)).mtimeMs,
      ),
    );
  if (!built || built.mtimeMs < newest(join(packageDir, 'src'))) {
    throw new Error(
      'dist/ is missing or older than src/: build first (`npx tsup` in packages/core, or run tests through turbo)',
    );
  }
});

/** One life of the worker, killed once it has printed `killAfter` steps (`-1`: while opening; none: runs to the end). */
function life(args: string[], killAfter?: number) {
  const child = spawnScript(worker, args);
  return new Promise<{ done: boolean; killed: boolean; output: string }>((resolve, reject) => {
    let steps = 0;
    let output = '';
    let stderr = '';
    let killed = false;
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      const lines = (output + chunk.toString()).split('\n').slice(output.split('\n').length - 1, -1);
      output += chunk.toString();
      for (const line of lines) {
        if (line !== 'opening' && line !== 'ready' && line !== 'done') steps++;
        const due = killAfter === -1 ? line === 'opening' : killAfter !== undefined && steps >= killAfter;
        if (due && !killed) {
          killed = true;
          void killHard(child);
        }
      }
    });
    child.once('exit', (code, signal) => {
      if (signal === 'SIGKILL' || code === 0) {
        resolve({ done: output.split('\n').includes('done'), killed: signal === 'SIGKILL', output });
      } else reject(new Error(`worker failed (exit ${code}; seed ${seed}): ${stderr}`));
    });
  });
}

it(`survives ${kills} SIGKILLs at random points: every punch held exactly once (seed ${seed})`, async () => {
  const state = join(directory, 'state');
  const kot = join(directory, 'kot.jsonl');
  const random = mulberry32(seed);
  let killed = 0;
  let finished = false;
  for (let run = 0; run < kills && !finished; run++) {
    const killAfter = random() < 0.1 ? -1 : Math.floor(random() * 12);
    const result = await life(['run', state, kot, String(seed * 1000 + run)], killAfter);
    if (result.killed) killed++;
    finished = result.done && !result.killed;
  }
  if (!finished) expect((await life(['run', state, kot, String(seed * 1000 + kills)])).done).toBe(true);
  expect(killed).toBeGreaterThanOrEqual(30);

  const report = JSON.parse((await life(['verify', state, kot])).output) as Record<string, unknown>;
  console.info(`crash test (seed ${seed}, ${killed} kills):`, JSON.stringify(report));
  expect(report['problems']).toEqual([]);
  expect(report['held']).toBe(report['expectedHeld']);
  expect(report['checkpoint']).toBe(report['batches']);
  expect(report['corrections']).toEqual([]); // a replayed batch changes nothing
  // The run went through the hard paths, not around them.
  expect(report['confirmedByReconciliation']).toBeGreaterThan(0);
  expect(report['resent']).toBeGreaterThan(0);
}, 90_000);
