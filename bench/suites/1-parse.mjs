// 1. Parse: a CP932 SmartOn CSV (1,000,000 rows, ~88 MB; smoke: 20,000 rows) → LogEvents with
// @pclogin/smarton-csv, against baseline 1: plain csv-parse + iconv-lite over the same file,
// doing nothing with the rows. Each side runs in its own process (peak RSS is its own), the
// sides alternate, and the medians are compared. Targets: ≤ 1.5× the baseline, < 150 MB RSS.

import { smartonParseApi } from '../lib/apis.mjs';
import { smartonFile } from '../lib/inputs.mjs';
import { alternate, runWorker } from '../lib/measure.mjs';
import { mb, median, round, verdict } from '../lib/stats.mjs';

export const title = '1. Parse: 1,000,000-row CP932 SmartOn CSV → events, vs csv-parse + iconv-lite';

/** Summarises a side's runs: median time from the worker's own clock, worst peak RSS. */
export function summarise(runs, bytes) {
  const ms = median(runs.map((r) => r.report.ms));
  const rows = runs[0].report.rows;
  return {
    rows,
    medianMs: round(ms, 1),
    // CPU time of the same section (all threads): steadier than wall time on a busy machine.
    medianCpuMs: round(median(runs.map((r) => r.report.cpuMs)), 1),
    runsMs: runs.map((r) => round(r.report.ms, 1)),
    medianWallMs: round(median(runs.map((r) => r.wallMs)), 1),
    rowsPerSecond: Math.round(rows / (ms / 1000)),
    mbPerSecond: round(mb(bytes) / (ms / 1000), 1),
    peakRssMB: round(mb(Math.max(...runs.map((r) => r.maxRssBytes ?? 0))), 1),
  };
}

export async function run({ smoke, log }) {
  const input = smartonFile({ rows: smoke ? 20_000 : 1_000_000 });
  log(
    `input: ${input.path.split('/').at(-1)}: ${input.rows} rows, ${round(mb(input.bytes), 1)} MB, CP932, CRLF`,
  );
  const available = await smartonParseApi().then(
    () => true,
    (e) => e.message,
  );
  const sides = { baseline: () => runWorker('parse-baseline.mjs', [input.path]) };
  if (available === true) sides.smartonCsv = () => runWorker('parse-smarton.mjs', [input.path]);
  else log(`@pclogin/smarton-csv side skipped: ${available}`);
  const runs = await alternate(smoke ? 1 : 3, sides);
  const baseline = summarise(runs.baseline, input.bytes);
  log(
    `baseline (csv-parse + iconv-lite): ${baseline.medianMs} ms, ${baseline.rowsPerSecond} rows/s, ` +
      `${baseline.mbPerSecond} MB/s (CPU ${baseline.medianCpuMs} ms), peak RSS ${baseline.peakRssMB} MB`,
  );
  const result = { input: { rows: input.rows, bytes: input.bytes, seed: input.seed }, baseline };
  if (runs.smartonCsv) {
    const subject = summarise(runs.smartonCsv, input.bytes);
    const ratio = subject.medianMs / baseline.medianMs;
    const cpuRatio = subject.medianCpuMs / baseline.medianCpuMs;
    const report = runs.smartonCsv[0].report;
    log(
      `@pclogin/smarton-csv: ${subject.medianMs} ms, ${subject.rowsPerSecond} rows/s, ${subject.mbPerSecond} MB/s ` +
        `(CPU ${subject.medianCpuMs} ms), ` +
        `peak RSS ${subject.peakRssMB} MB; ${report.events} events, ${report.skipped} rows skipped, ${report.issues} issues (warnings included)`,
    );
    log(
      `ratio to baseline: ${verdict(ratio, 1.5)} (CPU time ${round(cpuRatio)}×); ` +
        `peak RSS ${verdict(subject.peakRssMB, 150, { unit: ' MB' })}`,
    );
    if (report.events !== input.rows) {
      throw new Error(`@pclogin/smarton-csv returned ${report.events} events for ${input.rows} valid rows`);
    }
    Object.assign(result, {
      smartonCsv: { ...subject, events: report.events, skipped: report.skipped, issues: report.issues },
      ratio: round(ratio),
      cpuRatio: round(cpuRatio),
      targets: { ratio: 1.5, peakRssMB: 150 },
      met: ratio <= 1.5 && subject.peakRssMB < 150,
    });
  }
  return result;
}
