// Suite 3's worker: catches up on a log folder from an empty checkpoint, then `rounds` times
// appends `append` rows to the newest file and reads again from the previous checkpoint,
// measuring each read's time and the bytes this process read (Linux /proc/self/io rchar).
// Usage: node incremental.mjs DIR ROUNDS APPEND SEED
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { smartonReaderApi } from '../lib/apis.mjs';
import { moreRows } from '../lib/inputs.mjs';

const [dir, roundsArg, appendArg, seedArg] = process.argv.slice(2);
const rounds = Number(roundsArg);
const append = Number(appendArg);
const seed = Number(seedArg);
// Events per catch-up read. Peak RSS follows it (a batch's events outlive the young generation):
// on the 50 MB folder 50,000 gave 241 MB, 10,000 164 MB, 5,000 108 MB.
const CATCH_UP_BATCH = 5_000;

/** Bytes read by this process so far through read(2) and friends, or NaN off Linux. */
function bytesRead() {
  try {
    return Number(/rchar:\s+(\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))?.[1]);
  } catch {
    return Number.NaN;
  }
}

const reader = await smartonReaderApi();
const newest = readdirSync(dir)
  .filter((f) => f.endsWith('.csv'))
  .sort()
  .at(-1);

let before = bytesRead();
let started = performance.now();
// Catch up in batches, as the agent does, so memory stays bounded whatever the folder's size.
let checkpoint;
let events = 0;
let batches = 0;
for (let done = false; !done; batches++) {
  const result = await reader.read(dir, checkpoint, { maxEvents: CATCH_UP_BATCH });
  ({ checkpoint, done } = result);
  events += result.events;
}
const catchUp = {
  ms: performance.now() - started,
  events,
  batches,
  batchEvents: CATCH_UP_BATCH,
  bytesRead: bytesRead() - before,
};

const steps = [];
for (let i = 0; i < rounds; i++) {
  const rows = moreRows({ count: append, seed: seed + i, employees: 50 });
  appendFileSync(join(dir, newest), rows);
  // Round-trip the checkpoint through JSON, as the agent stores it between runs.
  const stored = JSON.parse(JSON.stringify(checkpoint));
  before = bytesRead();
  const cpu = process.cpuUsage();
  started = performance.now();
  const next = await reader.read(dir, stored);
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  steps.push({
    ms,
    cpuMs: (user + system) / 1000,
    events: next.events,
    bytesRead: bytesRead() - before,
    appendedBytes: rows.length,
  });
  checkpoint = next.checkpoint;
}
console.log(JSON.stringify({ catchUp, steps, checkpointBytes: JSON.stringify(checkpoint).length }));
