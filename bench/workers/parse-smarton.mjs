// Suite 1's subject: @pclogin/smarton-csv streaming a SmartOn log CSV into LogEvents, touching
// each event (as any consumer would) but keeping none.
// Usage: node parse-smarton.mjs FILE
import { statSync } from 'node:fs';
import { smartonParseApi } from '../lib/apis.mjs';

const file = process.argv[2];
const api = await smartonParseApi();
const cpu = process.cpuUsage();
const started = performance.now();
let events = 0;
let issues = 0;
let skipped = 0;
let checksum = 0;
for await (const batch of api.stream(file)) {
  for (const event of batch.events) {
    events++;
    checksum = (checksum + event.at.getTime() / 1000 + event.account.length) % 1e9;
  }
  issues += batch.issues.length;
  for (const issue of batch.issues) if (issue.severity === 'error') skipped++;
}
const ms = performance.now() - started;
console.log(
  JSON.stringify({
    cpuMs: cpuMsSince(cpu),
    rows: events + skipped,
    events,
    issues,
    skipped,
    ms,
    checksum,
    bytes: statSync(file).size,
  }),
);

/** CPU time (all threads: JIT, GC, I/O) since `start`, in ms. */
function cpuMsSince(start) {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}
