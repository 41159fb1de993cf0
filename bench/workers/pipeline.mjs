// Suite 2's in-process side: a SmartOn log CSV → events → linked → aggregated into working-day
// summaries, composed from the packages' APIs as `pclogin-agent daily --links --json` composes
// them: days two working days behind the newest log are formatted (as daily formats them, but
// not written anywhere) and evicted, so memory stays bounded whatever the input's length.
// Usage: node pipeline.mjs FILE LINKS
import { readFileSync, statSync } from 'node:fs';
import { pipelineApis } from '../lib/apis.mjs';

const CLOSE_AFTER_DAYS = 2;
const [file, linksFile] = process.argv.slice(2);
const api = await pipelineApis();
const timeZone = 'Asia/Tokyo';
const dayOptions = { timeZone, dayBorder: '00:00' };
const cpu = process.cpuUsage();
const started = performance.now();
const { links } = api.readLinksCsv(readFileSync(linksFile));
const resolver = api.createAccountResolver(links);
const aggregator = api.createAggregator({ resolveEmployee: resolver.resolve, workdayOptions: dayOptions });

let events = 0;
let late = 0;
let summaries = 0;
let linked = 0;
let outputBytes = 0;
let summariesMs = 0;
let newest = Number.NEGATIVE_INFINITY;
let printedBefore;
let maxOpenDays = 0;

function emit(days) {
  const t = performance.now();
  for (const d of days) {
    summaries++;
    if (d.employeeCode !== undefined) linked++;
    outputBytes +=
      JSON.stringify({
        account: d.account,
        ...(d.employeeCode !== undefined ? { employeeCode: d.employeeCode } : {}),
        workday: d.workday,
        clockIn: api.formatInstant(d.first.at, timeZone),
        clockOut: d.last.at > d.first.at ? api.formatInstant(d.last.at, timeZone) : null,
        events: d.count,
      }).length + 1;
  }
  summariesMs += performance.now() - t;
}

for await (const b of api.streamLogFile(file)) {
  events += b.events.length;
  let batch = b.events;
  if (printedBefore) {
    const limit = printedBefore.start;
    const kept = batch.filter((e) => e.at.getTime() >= limit);
    late += batch.length - kept.length;
    batch = kept;
  }
  if (batch.length === 0) continue;
  aggregator.add(batch);
  maxOpenDays = Math.max(maxOpenDays, aggregator.size);
  for (const e of batch) if (e.at.getTime() > newest) newest = e.at.getTime();
  const cutoff = api.addWorkdays(api.workdayOf(newest, dayOptions), -CLOSE_AFTER_DAYS);
  if (printedBefore && cutoff <= printedBefore.workday) continue;
  emit(aggregator.summaries().filter((d) => d.workday < cutoff));
  aggregator.evict({ before: cutoff });
  printedBefore = { workday: cutoff, start: api.workdayBounds(cutoff, dayOptions).start.getTime() };
}
emit(aggregator.summaries());
const ms = performance.now() - started;
console.log(
  JSON.stringify({
    cpuMs: cpuMsSince(cpu),
    rows: events,
    events,
    late,
    links: links.length,
    summaries,
    linked,
    maxOpenDays,
    outputBytes,
    ms,
    aggregationMs: ms - summariesMs,
    summariesMs,
    bytes: statSync(file).size,
  }),
);

/** CPU time (all threads: JIT, GC, I/O) since `start`, in ms. */
function cpuMsSince(start) {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}
