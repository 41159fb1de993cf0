// Suite 2's in-process side: a SmartOn log CSV → events → linked → aggregated into working-day
// summaries, formatted as `pclogin-agent daily --json` formats them (but not written anywhere).
// Usage: node pipeline.mjs FILE LINKS
import { readFileSync, statSync } from 'node:fs';
import { pipelineApis } from '../lib/apis.mjs';

const [file, linksFile] = process.argv.slice(2);
const api = await pipelineApis();
const timeZone = 'Asia/Tokyo';
const cpu = process.cpuUsage();
const started = performance.now();
const { links } = api.readLinksCsv(readFileSync(linksFile));
const resolver = api.createAccountResolver(links);
const aggregator = api.createAggregator({
  resolveEmployee: resolver.resolve,
  workdayOptions: { timeZone, dayBorder: '00:00' },
});
let events = 0;
for await (const batch of api.streamLogFile(file)) {
  events += batch.events.length;
  if (batch.events.length > 0) aggregator.add(batch.events);
}
const afterAggregation = performance.now();
let summaries = 0;
let linked = 0;
let outputBytes = 0;
for (const d of aggregator.summaries()) {
  summaries++;
  if (d.employeeCode !== undefined) linked++;
  outputBytes += JSON.stringify({
    account: d.account,
    ...(d.employeeCode !== undefined ? { employeeCode: d.employeeCode } : {}),
    workday: d.workday,
    clockIn: api.formatInstant(d.first.at, timeZone),
    clockOut: d.last.at > d.first.at ? api.formatInstant(d.last.at, timeZone) : null,
    events: d.count,
  }).length;
}
const ms = performance.now() - started;
console.log(
  JSON.stringify({
    cpuMs: cpuMsSince(cpu),
    rows: events,
    events,
    links: links.length,
    summaries,
    linked,
    outputBytes,
    ms,
    aggregationMs: afterAggregation - started,
    summariesMs: ms - (afterAggregation - started),
    bytes: statSync(file).size,
  }),
);

/** CPU time (all threads: JIT, GC, I/O) since `start`, in ms. */
function cpuMsSince(start) {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}
