import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/** Shared vitest settings: colocated tests, the package version defined as the build defines it. */
export function packageTests(packageDir: string) {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return defineConfig({
    define: { __PCLOGIN_VERSION__: JSON.stringify(pkg.version) },
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 30_000,
      hookTimeout: 30_000,
    },
  });
}
