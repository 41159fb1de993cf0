#!/usr/bin/env node
// Benchmark harness: runs every bench/suites/*.mjs in order, prints each suite's figures and
// its ratio to the baseline measured in the same run, and writes bench/results/latest.json.
// `npm run bench -- --smoke` runs the same suites on small inputs (used by CI to keep them working).
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
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
const results = { date: new Date().toISOString(), smoke, machine, suites: {} };
console.log(
  `pclogin benchmarks${smoke ? ' (smoke: small inputs)' : ''} on ${machine.cpus}× ${machine.cpuModel}, Node ${machine.node}`,
);
if (suites.length === 0) console.log('no benchmark suites yet');
for (const file of suites) {
  const suite = await import(pathToFileURL(join(here, 'suites', file)).href);
  console.log(`\n## ${suite.title ?? file}`);
  results.suites[file.replace(/\.mjs$/, '')] = await suite.run({
    smoke,
    log: (line) => console.log(`  ${line}`),
  });
}
mkdirSync(join(here, 'results'), { recursive: true });
const out = join(here, 'results', smoke ? 'smoke.json' : 'latest.json');
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nresults written to ${out}`);
