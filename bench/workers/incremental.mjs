// Suite 3's worker, in two modes, each its own process:
// - `catch-up DIR CHECKPOINT`: reads a log folder from no checkpoint, in batches as the agent
//   does, and stores the final checkpoint as JSON;
// - `steps DIR CHECKPOINT ROUNDS APPEND SEED`: from the stored checkpoint, reads once with nothing
//   new (a fresh process's first read), warms up, then `ROUNDS` times appends `APPEND` rows to the newest
//   file and reads from the previous checkpoint, measuring each read's wall and CPU time, the
//   bytes this process read (Linux /proc/self/io rchar), the files it looked at and the size of
//   the checkpoint as stored; then `ROUNDS` reads with nothing new.
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { smartonReaderApi } from '../lib/apis.mjs';
import { moreRows } from '../lib/inputs.mjs';

const [mode, dir, checkpointFile, roundsArg, appendArg, seedArg] = process.argv.slice(2);
// Events per catch-up read. Peak RSS follows it (a batch's events outlive the young generation):
// on the 50 MB folder 50,000 gave 241 MB, 10,000 164 MB, 5,000 108 MB.
const CATCH_UP_BATCH = 5_000;
const WARM_UP_READS = 30;

/** Bytes read by this process so far through read(2) and friends, or NaN off Linux. */
function bytesRead() {
  try {
    return Number(/rchar:\s+(\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))?.[1]);
  } catch {
    return Number.NaN;
  }
}

/** Runs `fn` and measures it. */
async function measured(fn) {
  const before = bytesRead();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await fn();
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  return { result, ms, cpuMs: (user + system) / 1000, bytesRead: bytesRead() - before };
}

const reader = await smartonReaderApi();

if (mode === 'catch-up') {
  let checkpoint;
  let events = 0;
  let batches = 0;
  const run = await measured(async () => {
    for (let done = false; !done; batches++) {
      const result = await reader.read(dir, checkpoint, { maxEvents: CATCH_UP_BATCH });
      ({ checkpoint, done } = result);
      events += result.events;
    }
  });
  const stored = JSON.stringify(checkpoint);
  writeFileSync(checkpointFile, stored);
  console.log(
    JSON.stringify({
      ms: run.ms,
      cpuMs: run.cpuMs,
      bytesRead: run.bytesRead,
      events,
      batches,
      batchEvents: CATCH_UP_BATCH,
      checkpointBytes: stored.length,
    }),
  );
} else if (mode === 'steps') {
  const rounds = Number(roundsArg);
  const append = Number(appendArg);
  const seed = Number(seedArg);
  const newest = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .at(-1);
  let checkpoint = JSON.parse(readFileSync(checkpointFile, 'utf8'));
  const first = await measured(() => reader.read(dir, JSON.parse(JSON.stringify(checkpoint))));
  if (first.result.events !== 0)
    throw new Error(`a read with nothing new returned ${first.result.events} events`);
  // Then warm up, as a long-running agent is: the first reads of a process include compiling.
  for (let i = 0; i < WARM_UP_READS; i++) await reader.read(dir, JSON.parse(JSON.stringify(checkpoint)));
  const steps = [];
  for (let i = 0; i < rounds; i++) {
    const rows = moreRows({ count: append, seed: seed + i, employees: 50 });
    appendFileSync(join(dir, newest), rows);
    // Round-trip the checkpoint through JSON, as the agent stores it between reads.
    const json = JSON.stringify(checkpoint);
    const stored = JSON.parse(json);
    const step = await measured(() => reader.read(dir, stored));
    steps.push({
      ms: step.ms,
      cpuMs: step.cpuMs,
      bytesRead: step.bytesRead,
      events: step.result.events,
      appendedBytes: rows.length,
      filesLooked: step.result.filesLooked,
      checkpointBytes: json.length,
    });
    checkpoint = step.result.checkpoint;
  }
  const idle = [];
  for (let i = 0; i < rounds; i++) {
    const stored = JSON.parse(JSON.stringify(checkpoint));
    const step = await measured(() => reader.read(dir, stored));
    if (step.result.events !== 0)
      throw new Error(`a read with nothing new returned ${step.result.events} events`);
    idle.push({ ms: step.ms, cpuMs: step.cpuMs, filesLooked: step.result.filesLooked });
    checkpoint = step.result.checkpoint;
  }
  console.log(
    JSON.stringify({
      first: {
        ms: first.ms,
        cpuMs: first.cpuMs,
        bytesRead: first.bytesRead,
        filesLooked: first.result.filesLooked,
      },
      steps,
      idle,
      checkpointBytes: JSON.stringify(checkpoint).length,
    }),
  );
} else {
  throw new Error(`unknown mode ${mode}: catch-up or steps`);
}
