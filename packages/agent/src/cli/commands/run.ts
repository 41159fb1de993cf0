import { isMainThread } from 'node:worker_threads';
import { runWithConfig } from '../../agent/run-with-config.js';
import { type ConfigOptions, createCommandContext } from '../context.js';
import { runProgressBars } from '../run-progress.js';
import { onStopSignals } from '../worker/stop-signals.js';

/** How long a stop request may take before the process is ended (as on a worker). */
const STOP_DEADLINE_MS = 10_000;

/** `pclogin-agent run [--once]`: exit status 1 when a punch failed for good in the pass. */
export default async function run(
  options: ConfigOptions & { once?: boolean; repair?: boolean },
): Promise<number> {
  const context = await createCommandContext(options, { progress: true });
  const { config, clock, log } = context;
  const controller = new AbortController();
  let deadline: NodeJS.Timeout | undefined;
  const stopListening = onStopSignals((signal) => {
    if (controller.signal.aborted) {
      // A second request to stop: at once (on a worker, the main thread ends it; here, this does).
      if (isMainThread) process.exit(1);
      return;
    }
    log.info(`${signal} received: stopping after the request in flight`);
    controller.abort();
    // Run in the main thread (a heap of the user's choice): no worker deadline applies, so
    // keep one here (see runOnWorker's stopDeadlineMs). Ending is as safe as a crash.
    if (isMainThread) {
      deadline = setTimeout(() => {
        log.warn(
          `not stopped ${STOP_DEADLINE_MS / 1000} s after ${signal}: stopping now (a punch in flight is checked against KING OF TIME at the next start)`,
        );
        process.exit(1);
      }, STOP_DEADLINE_MS);
      deadline.unref();
    }
  });
  const bars = runProgressBars(context.progress);
  try {
    const report = await runWithConfig(config, {
      clock,
      log,
      once: options.once ?? false,
      repair: options.repair ?? false,
      signal: controller.signal,
      onProgress: bars.onProgress,
      onStart: ({ logDirectory }) =>
        log.info(options.once ? 'one pass' : 'agent started', {
          logDirectory,
          stateDirectory: config.stateDirectory,
          now: clock().toISOString(),
        }),
    });
    if (!options.once) log.info('agent stopped');
    // A pass in which KOT refused a punch for good says so; a service stopped on request ends with 0.
    return options.once && report && report.failed > 0 ? 1 : 0;
  } finally {
    bars.stop();
    context.progress.stop();
    stopListening();
    if (deadline) clearTimeout(deadline);
  }
}
