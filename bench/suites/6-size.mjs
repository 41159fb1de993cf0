// 6. Size: what each package puts in its published dist, minified (esbuild) and gzipped (zlib).
// "own" bundles each export entry with its dependencies left external: the package's own code.
// "with dependencies" bundles everything an application would ship for that entry, for scale.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';
import { round } from '../lib/stats.mjs';

export const title = '6. Size: each package dist, minified + gzipped';

const PACKAGES = join(import.meta.dirname, '..', '..', 'packages');
const kib = (n) => round(n / 1024, 1);

/** The import entry points of a package, from its exports map. */
function entries(dir, pkg) {
  const out = {};
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    const file = typeof target === 'string' ? target : target?.import;
    if (typeof file === 'string' && file.endsWith('.js')) out[subpath] = join(dir, file);
  }
  if (pkg.bin) for (const [name, file] of Object.entries(pkg.bin)) out[`bin:${name}`] = join(dir, file);
  return out;
}

async function bundle(entry, external) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    external,
  });
  const code = Buffer.concat(result.outputFiles.map((f) => Buffer.from(f.contents)));
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

export async function run({ log }) {
  const results = {};
  for (const name of readdirSync(PACKAGES).sort()) {
    const dir = join(PACKAGES, name);
    const dist = join(dir, 'dist');
    if (!existsSync(join(dir, 'package.json')) || !existsSync(dist)) continue;
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const jsFiles = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.js'));
    const rawJs = jsFiles.reduce((sum, f) => sum + statSync(join(dist, String(f))).size, 0);
    // The published dist as it is, each file minified and gzipped on its own.
    let distMin = 0;
    let distGz = 0;
    for (const f of jsFiles) {
      const source = readFileSync(join(dist, String(f)), 'utf8').replace(/^#!.*\n/, '');
      const { code } = await transform(source, {
        minify: true,
        format: 'esm',
        target: 'node20',
        loader: 'js',
      });
      distMin += Buffer.byteLength(code);
      distGz += gzipSync(code, { level: 9 }).length;
    }
    const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
    const externalDeps = [...deps, ...deps.map((d) => `${d}/*`)];
    const builtins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
    const perEntry = {};
    let ownGz = 0;
    for (const [subpath, file] of Object.entries(entries(dir, pkg))) {
      try {
        const own = await bundle(file, [...externalDeps, ...builtins]);
        let all;
        try {
          all = await bundle(file, builtins);
        } catch (error) {
          all = { error: String(error.message ?? error).split('\n')[0] };
        }
        perEntry[subpath] = {
          ownMinKiB: kib(own.min),
          ownMinGzKiB: kib(own.gz),
          withDepsMinGzKiB: all.gz === undefined ? null : kib(all.gz),
        };
        ownGz += own.gz;
        log(
          `${pkg.name}${subpath === '.' ? '' : ` ${subpath}`}: own ${kib(own.min)} KiB min, ${kib(own.gz)} KiB min+gz; ` +
            `with dependencies ${all.gz === undefined ? `n/a (${all.error})` : `${kib(all.gz)} KiB min+gz`}`,
        );
      } catch (error) {
        perEntry[subpath] = { error: String(error.message ?? error).split('\n')[0] };
        log(`${pkg.name} ${subpath}: could not bundle: ${perEntry[subpath].error}`);
      }
    }
    results[pkg.name] = {
      distJsFiles: jsFiles.length,
      distJsKiB: kib(rawJs),
      distMinKiB: kib(distMin),
      distMinGzKiB: kib(distGz),
      dependencies: deps,
      entries: perEntry,
      // Entries share chunks, so this sum counts shared code once per entry: an upper bound.
      ownMinGzKiBSum: kib(ownGz),
    };
    log(
      `  dist: ${jsFiles.length} .js files, ${kib(rawJs)} KiB → ${kib(distMin)} KiB minified → ` +
        `${kib(distGz)} KiB min+gz (maps and .d.ts excluded)`,
    );
  }
  return results;
}
