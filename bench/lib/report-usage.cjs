// Preloaded into a measured child process (NODE_OPTIONS=--require): on exit it writes the
// process's own resource usage (peak RSS, CPU time) to the file the harness named, so a
// whole-process measurement needs no cooperation from the program measured.
const { writeFileSync } = require('node:fs');

// biome-ignore lint/suspicious/noUndeclaredEnvVars: benchmarks run outside turbo; nothing is cached
const target = process.env['PCLOGIN_BENCH_USAGE_FILE'];
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      target,
      JSON.stringify({
        maxRssBytes: usage.maxRSS * 1024,
        userCpuMs: usage.userCPUTime / 1000,
        systemCpuMs: usage.systemCPUTime / 1000,
        fsReadBlocks: usage.fsRead,
      }),
    );
  });
}
