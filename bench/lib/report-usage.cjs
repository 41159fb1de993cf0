// Preloaded into a measured child process (NODE_OPTIONS=--require): on exit it writes the
// process's own resource usage (peak RSS, CPU time) to the file the harness named, so a
// whole-process measurement needs no cooperation from the program measured.
const { writeFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

// biome-ignore lint/suspicious/noUndeclaredEnvVars: benchmarks run outside turbo; nothing is cached
const target = process.env['PCLOGIN_BENCH_USAGE_FILE'];
// Node loads the preload in worker threads too; the process's figures are the main thread's to write.
if (target && isMainThread) {
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
