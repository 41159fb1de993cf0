#!/usr/bin/env node
// Package checks for every workspace package under packages/: publint, attw, and a scratch
// project that installs the packed tarballs and imports each package by name.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args, cwd = root) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

const packages = readdirSync(join(root, 'packages')).map((dir) => {
  const path = join(root, 'packages', dir);
  const manifest = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8'));
  return { dir, path, manifest };
});

let failed = false;
const check = (label, fn) => {
  try {
    fn();
    console.log(`ok   ${label}`);
  } catch (error) {
    failed = true;
    console.error(
      `FAIL ${label}\n${error.stdout ?? ''}${error.stderr ?? ''}${error.stdout || error.stderr ? '' : error}`,
    );
  }
};

for (const { path, manifest } of packages) {
  check(`publint ${manifest.name}`, () => {
    const out = run(bin('publint'), ['--strict', path]);
    if (/warning|error|suggestion/i.test(out)) throw Object.assign(new Error(out), { stdout: out });
  });
  check(`attw ${manifest.name}`, () =>
    run(bin('attw'), ['--pack', path, '--profile', 'esm-only', '--format', 'table']),
  );
}

const scratch = mkdtempSync(join(tmpdir(), 'pclogin-packed-'));
try {
  check('packed tarballs install and import by name in a scratch project', () => {
    const tarballs = packages.map(({ path }) => {
      const name = run('npm', ['pack', '--silent', '--pack-destination', scratch], path)
        .trim()
        .split('\n')
        .pop();
      return join(scratch, name);
    });
    writeFileSync(
      join(scratch, 'package.json'),
      JSON.stringify({ name: 'scratch', private: true, type: 'module' }),
    );
    run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...tarballs],
      scratch,
    );
    const imports = packages
      .map(
        ({ manifest }, i) =>
          `import * as p${i} from '${manifest.name}';\nif (p${i}.VERSION !== '${manifest.version}') throw new Error('${manifest.name}: VERSION ' + p${i}.VERSION);`,
      )
      .join('\n');
    writeFileSync(
      join(scratch, 'check.mjs'),
      `${imports}\nconsole.log('imported ${packages.length} packages');\n`,
    );
    run('node', ['check.mjs'], scratch);
    for (const { manifest } of packages) {
      for (const binName of Object.keys(manifest.bin ?? {})) {
        const out = run(join(scratch, 'node_modules', '.bin', binName), ['--version'], scratch).trim();
        if (out !== manifest.version) throw new Error(`${binName} --version printed ${out}`);
      }
    }
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (failed) process.exit(1);
