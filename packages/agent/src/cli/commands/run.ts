import { formatInstant } from '@pclogin/core';
import { runWithConfig } from '../../agent/run-with-config.js';
import { t } from '../../i18n/translate.js';
import { type ConfigOptions, createCommandContext } from '../context.js';
import { runProgressBars } from '../run-progress.js';
import { onStopSignals } from '../worker/stop-signals.js';

/** `pclogin-agent run [--once]`: exit status 1 when a punch failed for good in the pass. */
export default async function run(
  options: ConfigOptions & { once?: boolean; repair?: boolean },
): Promise<number> {
  const context = await createCommandContext(options, { progress: true });
  const { config, clock, log } = context;
  const controller = new AbortController();
  const stopListening = onStopSignals((signal) => {
    if (controller.signal.aborted) return;
    log.info(t('log.signal', { signal }));
    controller.abort();
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
        log.info(t(options.once ? 'log.onePass' : 'log.started'), {
          logDirectory,
          stateDirectory: config.stateDirectory,
          now: formatInstant(clock(), config.timeZone),
        }),
    });
    if (!options.once) log.info(t('log.stopped'));
    // A pass in which KOT refused a punch for good says so; a service stopped on request ends with 0.
    return options.once && report && report.failed > 0 ? 1 : 0;
  } finally {
    bars.stop();
    context.progress.stop();
    stopListening();
  }
}
