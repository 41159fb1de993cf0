import { defineConfig } from 'vitest/config';

// The release artifacts' tests (`npm run test:executables`): real executables, wine's first
// start of a prefix, so minutes rather than seconds; one file, run alone.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
