import { Worker } from 'node:worker_threads';
import type { Locale } from '../../i18n/locale.js';
import { getLocale, t } from '../../i18n/translate.js';
import { proxySecretsFromEnvironment } from '../../internal/proxy-secrets.js';
import { createRedactor } from '../../logging/redactor.js';
import { COMMAND_HEAP_LIMITS } from './command-heap.js';
import { type ForwardedSignal, STOP_SIGNALS } from './stop-signals.js';
import { type TerminalInfo, terminalInfo } from './terminal.js';
import type { WorkerCommandName } from './worker-commands.js';

/** What the main thread tells the worker: the command, its arguments and the terminal. */
export interface CommandWorkerData {
  command: WorkerCommandName;
  /** The command's arguments as the parser gave them (positional arguments, then options). */
  args: unknown[];
  terminal: { stdout: TerminalInfo; stderr: TerminalInfo };
  /** The language of the command's messages, as the main thread chose it. */
  locale: Locale;
}

/**
 * The name under which the single executable carries the worker's script (one CommonJS file),
 * since it has no files beside it: see the packaging script.
 */
export const WORKER_ASSET = 'command-worker.cjs';

/** Options of {@link runOnWorker}. */
export interface RunOnWorkerOptions {
  /** Forward stop signals (SIGINT, SIGTERM, SIGBREAK) to the command instead of ending the process. */
  forwardSignals?: boolean;
  /**
   * The worker's script. @default the package's `command-worker.js`, or in the single
   * executable its {@link WORKER_ASSET}
   */
  script?: URL;
  /** The worker's heap. @default {@link COMMAND_HEAP_LIMITS} */
  resourceLimits?: { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number };
  /**
   * After a forwarded stop signal, how long (ms) the command gets to stop by itself before the
   * worker is ended (a second signal ends it at once). Ending it is as safe as a crash: a punch
   * whose request was in flight is checked against KING OF TIME at the next start.
   * @default 10000
   */
  stopDeadlineMs?: number;
}

/**
 * Runs a command on a worker thread whose V8 heap is sized for the command's bounded working
 * set ({@link COMMAND_HEAP_LIMITS}); Node's defaults would let the heap grow to several times
 * that. The worker's output goes to this process's stdout and stderr, its exit status becomes
 * the process's, and with `forwardSignals` the stop signals reach the command (signals are
 * delivered to the main thread only). Killing the process ends the worker with it.
 */
export async function runOnWorker(
  command: WorkerCommandName,
  args: unknown[],
  options: RunOnWorkerOptions = {},
): Promise<void> {
  const workerData: CommandWorkerData = {
    command,
    args,
    terminal: { stdout: terminalInfo(process.stdout), stderr: terminalInfo(process.stderr) },
    locale: getLocale(),
  };
  // In the single executable the worker's script is an asset, run as source (`eval`). (Not a
  // static import: the build drops the `node:` prefix, and `sea` alone names no module.)
  const sea = process.getBuiltinModule('node:sea');
  const inExecutable = !options.script && sea.isSea();
  const script = inExecutable
    ? sea.getAsset(WORKER_ASSET, 'utf8')
    : (options.script ?? new URL('./command-worker.js', import.meta.url));
  const worker = new Worker(script, {
    eval: inExecutable,
    workerData,
    resourceLimits: options.resourceLimits ?? COMMAND_HEAP_LIMITS,
  });
  // Secrets the command learnt from its configuration (the worker tells them once loaded).
  const secrets: string[] = [];
  worker.on('message', (message: unknown) => {
    const m = message as { type?: unknown; values?: unknown };
    if (m?.type === 'secrets' && Array.isArray(m.values)) {
      for (const value of m.values) if (typeof value === 'string') secrets.push(value);
    }
  });
  let stopping: NodeJS.Timeout | undefined;
  // Ended by us after a stop signal: a worker ended before its script began reports exit code 0,
  // which must not read as a command that finished.
  let ended = false;
  let exited = false;
  const end = () => {
    if (exited) return;
    ended = true;
    void worker.terminate();
  };
  const forward = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.stderr.write(`${t('worker.stopAgain', { signal })}\n`);
      end();
      return;
    }
    worker.postMessage({ type: 'signal', signal } satisfies ForwardedSignal);
    const deadline = options.stopDeadlineMs ?? 10_000;
    stopping = setTimeout(() => {
      process.stderr.write(`${t('worker.notStopped', { seconds: Math.round(deadline / 1000), signal })}\n`);
      end();
    }, deadline);
    stopping.unref();
  };
  if (options.forwardSignals) for (const s of STOP_SIGNALS) process.on(s, forward);
  try {
    let uncaught: (Error & { code?: string }) | undefined;
    const code = await new Promise<number>((resolve) => {
      // Printed once the worker is gone: by then every message it sent (its secrets) has arrived.
      worker.on('error', (error: Error & { code?: string }) => {
        uncaught = error;
      });
      worker.on('exit', (exitCode) => {
        exited = true;
        resolve(exitCode);
      });
    });
    if (uncaught) {
      const hint =
        uncaught.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `\n${t('error.hint', { hint: t('error.workerOutOfMemory', { mb: String((options.resourceLimits ?? COMMAND_HEAP_LIMITS).maxOldGenerationSizeMb) }) })}`
          : '';
      // An error the command did not catch (it reports its own, redacted): this thread knows
      // the environment's secrets and those the command reported from its configuration.
      const redact = createRedactor([
        ...secrets,
        process.env['PCLOGIN_ACCESS_TOKEN'],
        ...proxySecretsFromEnvironment(process.env),
      ]);
      process.stderr.write(
        redact(`pclogin-agent: ${uncaught.name}: ${uncaught.message}${hint}\n${uncaught.stack ?? ''}\n`),
      );
    }
    if (stopping) clearTimeout(stopping);
    // The worker sets its exit status as the command ends (1 when it died of an error); ended
    // after a stop signal it is 1, whenever that came.
    process.exitCode = ended ? 1 : code;
  } finally {
    if (options.forwardSignals) for (const s of STOP_SIGNALS) process.off(s, forward);
  }
}
