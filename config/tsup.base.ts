import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Options } from 'tsup';

/**
 * The one tsup configuration every package builds with: ESM, type declarations, the
 * package's version injected as `__PCLOGIN_VERSION__`, and tests left out.
 */
export function packageBuild(
  packageDir: string,
  entry: Record<string, string>,
  extra: Options = {},
): Options {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return {
    entry,
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    dts: true,
    clean: true,
    sourcemap: true,
    splitting: true,
    treeshake: true,
    define: { __PCLOGIN_VERSION__: JSON.stringify(pkg.version) },
    ...extra,
  };
}
