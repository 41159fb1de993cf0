#!/usr/bin/env node
// Benchmark harness: runs every bench/suites/*.mjs in name order, prints each suite's figures and
// its ratio to the baseline measured in the same run, and writes bench/results/latest.json.
// `npm run bench -- --smoke` runs the same suites on small inputs (used by CI to keep them working):
// it asserts no timing, only correctness (a suite that throws fails the run).
// `--only=<substring>` runs the matching suites and merges their results into the results file.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const here = import.meta.dirname;
const smoke = process.argv.includes('--smoke');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const suites = readdirSync(join(here, 'suites'))
  .filter((f) => f.endsWith('.mjs') && (!only || f.includes(only)))
  .sort();

const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
};
mkdirSync(join(here, 'results'), { recursive: true });
const out = join(here, 'results', smoke ? 'smoke.json' : 'latest.json');
const previous = only && existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : undefined;
const results = { date: new Date().toISOString(), smoke, machine, suites: { ...previous?.suites } };
console.log(
  `pclogin benchmarks${smoke ? ' (smoke: small inputs)' : ''} on ${machine.cpus}× ${machine.cpuModel}, Node ${machine.node}`,
);
if (suites.length === 0) console.log('no benchmark suites match');
const failed = [];
for (const file of suites) {
  const name = file.replace(/\.mjs$/, '');
  const started = performance.now();
  try {
    const suite = await import(pathToFileURL(join(here, 'suites', file)).href);
    console.log(`\n## ${suite.title ?? file}`);
    const result = await suite.run({ smoke, log: (line) => console.log(`  ${line}`) });
    results.suites[name] = {
      date: new Date().toISOString(),
      seconds: Math.round((performance.now() - started) / 1000),
      ...result,
    };
  } catch (error) {
    failed.push(name);
    console.log(`  FAILED: ${error?.stack ?? error}`);
    results.suites[name] = { date: new Date().toISOString(), error: String(error?.message ?? error) };
  }
}
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nresults written to ${out}`);
if (failed.length > 0) {
  console.log(`failed suites: ${failed.join(', ')}`);
  process.exitCode = 1;
}
