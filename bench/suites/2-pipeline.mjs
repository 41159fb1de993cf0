// 2. Pipeline: the parse suite's file → events → linked (PC Login's linking CSV, 2,000 employees)
// → aggregated into working-day summaries: `pclogin-agent daily FILE --links LINKS --json` as a
// whole process, and the same composition in-process through the packages' APIs (days printed
// and evicted two working days behind the newest log, as daily does). Both against
// baseline 1 (csv-parse + iconv-lite doing nothing), measured alternately in the same run.
// Targets: ≤ 1.5× the baseline; peak RSS < 150 MB.
//
// `daily` is measured as shipped: it runs on a worker thread with the agent's COMMAND_HEAP_LIMITS.
// The in-process side runs with the same heap given as node flags (what an integrator composing
// the packages is advised to do); both are also measured once, in full runs, with Node's default
// heap (the figures before the heap was sized), for comparison.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { agentHeapArgs, pipelineApis } from '../lib/apis.mjs';
import { employeesFor, linksFile, smartonFile } from '../lib/inputs.mjs';
import { alternate, measureProcess, runWorker } from '../lib/measure.mjs';
import { mb, median, round, verdict } from '../lib/stats.mjs';

export const title = '2. Pipeline: the same file → linked → working-day summaries, vs baseline 1';

// A heap size of the user's choice keeps daily on the main thread: this one is Node's default
// on the machines measured (heap_size_limit ≈ 4 GB), i.e. daily as it ran before.
const DEFAULT_HEAP = '--max-old-space-size=4096';
const CLI = join(import.meta.dirname, '..', '..', 'packages', 'agent', 'dist', 'cli.js');

const peak = (runs) => round(mb(Math.max(...runs.map((r) => r.maxRssBytes ?? 0))), 1);
const medianOf = (runs, f) => round(median(runs.map(f)), 1);

export async function run({ smoke, log }) {
  const rows = smoke ? 20_000 : 1_000_000;
  const input = smartonFile({ rows });
  const links = linksFile({ employees: employeesFor(rows) });
  log(
    `input: ${rows} rows, ${round(mb(input.bytes), 1)} MB CP932; links: ${links.linked} linked accounts (CP932)`,
  );

  const inProcess = await pipelineApis().then(
    () => true,
    (error) => error.message,
  );
  const agentHeap = await agentHeapArgs();
  log(`in-process side with the agent's heap: node ${agentHeap.join(' ')}`);
  const sides = { baseline: () => runWorker('parse-baseline.mjs', [input.path]) };
  if (existsSync(CLI)) {
    sides.cli = async () => {
      const r = await measureProcess(process.execPath, [
        CLI,
        'daily',
        input.path,
        '--links',
        links.path,
        '--json',
      ]);
      if (r.code !== 0)
        throw new Error(`pclogin-agent daily exited with ${r.code}: ${r.stderr.slice(-2000)}`);
      return r;
    };
  } else log(`pclogin-agent side skipped: ${CLI} is not built`);
  if (inProcess === true)
    sides.inProcess = () => runWorker('pipeline.mjs', [input.path, links.path], { nodeArgs: agentHeap });
  else log(`in-process side skipped: ${inProcess}`);

  const runs = await alternate(smoke ? 1 : 3, sides);
  const baseline = {
    medianMs: medianOf(runs.baseline, (r) => r.report.ms),
    medianCpuMs: medianOf(runs.baseline, (r) => r.report.cpuMs),
    medianWallMs: medianOf(runs.baseline, (r) => r.wallMs),
    medianProcessCpuMs: medianOf(runs.baseline, (r) => r.userCpuMs + r.systemCpuMs),
    peakRssMB: peak(runs.baseline),
  };
  log(
    `baseline 1: ${baseline.medianMs} ms parsing (CPU ${baseline.medianCpuMs} ms); whole process ${baseline.medianWallMs} ms, ` +
      `peak RSS ${baseline.peakRssMB} MB`,
  );
  const result = { input: { rows, bytes: input.bytes, linkedAccounts: links.linked }, baseline };

  if (runs.inProcess) {
    const report = runs.inProcess[0].report;
    const side = {
      medianMs: medianOf(runs.inProcess, (r) => r.report.ms),
      medianCpuMs: medianOf(runs.inProcess, (r) => r.report.cpuMs),
      medianAggregationMs: medianOf(runs.inProcess, (r) => r.report.aggregationMs),
      medianSummariesMs: medianOf(runs.inProcess, (r) => r.report.summariesMs),
      peakRssMB: peak(runs.inProcess),
      summaries: report.summaries,
      linkedSummaries: report.linked,
      maxOpenDays: report.maxOpenDays,
      lateEventsSkipped: report.late,
    };
    side.ratio = round(side.medianMs / baseline.medianMs);
    side.cpuRatio = round(side.medianCpuMs / baseline.medianCpuMs);
    side.met = side.ratio <= 1.5 && side.peakRssMB < 150;
    if (report.events !== rows)
      throw new Error(`the in-process pipeline saw ${report.events} events for ${rows} rows`);
    log(
      `in-process: ${side.medianMs} ms (CPU ${side.medianCpuMs} ms; parse+link+aggregate ${side.medianAggregationMs} ms, ` +
        `summaries+format ${side.medianSummariesMs} ms), ${side.summaries} working days (${side.linkedSummaries} linked, ` +
        `at most ${side.maxOpenDays} open at once), peak RSS ${side.peakRssMB} MB`,
    );
    log(
      `  ratio to baseline: ${verdict(side.ratio, 1.5)} (CPU ${side.cpuRatio}×); peak RSS ${verdict(side.peakRssMB, 150, { unit: ' MB' })}`,
    );
    if (!smoke) {
      const plain = await runWorker('pipeline.mjs', [input.path, links.path]);
      side.defaultHeap = {
        ms: round(plain.report.ms, 1),
        peakRssMB: round(mb(plain.maxRssBytes ?? Number.NaN), 1),
      };
      log(`  with Node's default heap: ${side.defaultHeap.ms} ms, peak RSS ${side.defaultHeap.peakRssMB} MB`);
    }
    result.inProcess = side;
  }
  if (runs.cli) {
    const side = {
      medianWallMs: medianOf(runs.cli, (r) => r.wallMs),
      medianProcessCpuMs: medianOf(runs.cli, (r) => r.userCpuMs + r.systemCpuMs),
      peakRssMB: peak(runs.cli),
      outputLines: runs.cli[0].stdoutLines,
      outputMB: round(mb(runs.cli[0].stdoutBytes), 1),
    };
    side.ratio = round(side.medianWallMs / baseline.medianWallMs);
    side.cpuRatio = round(side.medianProcessCpuMs / baseline.medianProcessCpuMs);
    side.met = side.ratio <= 1.5 && side.peakRssMB < 150;
    if (result.inProcess && side.outputLines !== result.inProcess.summaries) {
      throw new Error(
        `pclogin-agent daily --json printed ${side.outputLines} working days, the in-process pipeline found ${result.inProcess.summaries}`,
      );
    }
    log(
      `pclogin-agent daily --links --json: ${side.medianWallMs} ms whole process (CPU ${side.medianProcessCpuMs} ms), ` +
        `${side.outputLines} lines (${side.outputMB} MB), peak RSS ${side.peakRssMB} MB`,
    );
    log(
      `  ratio to baseline's whole process: ${verdict(side.ratio, 1.5)} (CPU ${side.cpuRatio}×); peak RSS ${verdict(side.peakRssMB, 150, { unit: ' MB' })}`,
    );
    result.cli = side;
    if (!smoke) {
      const before = await measureProcess(
        process.execPath,
        [CLI, 'daily', input.path, '--links', links.path, '--json'],
        { nodeOptions: DEFAULT_HEAP },
      );
      if (before.code !== 0) {
        throw new Error(
          `pclogin-agent daily with ${DEFAULT_HEAP} exited with ${before.code}: ${before.stderr.slice(-2000)}`,
        );
      }
      side.defaultHeap = {
        nodeOptions: DEFAULT_HEAP,
        wallMs: round(before.wallMs, 1),
        peakRssMB: round(mb(before.maxRssBytes ?? Number.NaN), 1),
        outputLines: before.stdoutLines,
      };
      log(
        `  on the main thread with Node's default heap (NODE_OPTIONS=${DEFAULT_HEAP}): ${side.defaultHeap.wallMs} ms, ` +
          `peak RSS ${side.defaultHeap.peakRssMB} MB (${side.defaultHeap.outputLines} lines)`,
      );
    }
  }
  return result;
}
