// 5. Start-up: `pclogin-agent --help` in a fresh process, as a ratio to `node -e 0` (the cost of
// starting Node at all), measured alternately in the same run. Target ≤ 3×: a command must not
// load what it does not need.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { measureProcess } from '../lib/measure.mjs';
import { median, round, verdict } from '../lib/stats.mjs';

export const title = '5. Start-up: pclogin-agent --help vs node -e 0';

const CLI = join(import.meta.dirname, '..', '..', 'packages', 'agent', 'dist', 'cli.js');

export async function run({ smoke, log }) {
  if (!existsSync(CLI)) {
    log(`skipped: ${CLI} is not built`);
    return { skipped: 'agent CLI not built' };
  }
  const runs = smoke ? 3 : 21;
  const node = [];
  const cli = [];
  let first;
  for (let i = 0; i < runs; i++) {
    // Alternate, so drifting machine load hits both sides alike.
    const a = await measureProcess(process.execPath, ['-e', '0']);
    const b = await measureProcess(process.execPath, [CLI, '--help']);
    if (b.code !== 0) throw new Error(`pclogin-agent --help exited with ${b.code}: ${b.stderr.slice(-2000)}`);
    if (i === 0) first = b.wallMs;
    node.push(a);
    cli.push(b);
  }
  const nodeMs = median(node.map((r) => r.wallMs));
  const cliMs = median(cli.map((r) => r.wallMs));
  const ratio = cliMs / nodeMs;
  const cliRss = median(cli.map((r) => r.maxRssBytes ?? Number.NaN));
  const nodeRss = median(node.map((r) => r.maxRssBytes ?? Number.NaN));
  log(
    `node -e 0:             median ${round(nodeMs, 1)} ms over ${runs} runs, peak RSS ${round(nodeRss / 1e6, 1)} MB`,
  );
  log(
    `pclogin-agent --help:  median ${round(cliMs, 1)} ms (first run ${round(first, 1)} ms), peak RSS ${round(cliRss / 1e6, 1)} MB`,
  );
  log(`ratio: ${verdict(ratio, 3)}`);
  return {
    runs,
    nodeMedianMs: round(nodeMs, 1),
    cliMedianMs: round(cliMs, 1),
    cliFirstRunMs: round(first, 1),
    nodePeakRssMB: round(nodeRss / 1e6, 1),
    cliPeakRssMB: round(cliRss / 1e6, 1),
    ratio: round(ratio),
    target: 3,
    met: ratio <= 3,
  };
}
