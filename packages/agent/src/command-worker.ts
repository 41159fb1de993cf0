// The worker thread a log-reading command runs on (see cli/worker/run-on-worker.ts): it takes
// the command and its parsed arguments from the main thread and runs it as the main thread
// would, with its output forwarded to the process's stdout and stderr.
import { workerData } from 'node:worker_threads';
import { runCommand } from './cli/run-command.js';
import type { CommandWorkerData } from './cli/worker/run-on-worker.js';
import { adoptTerminal } from './cli/worker/terminal.js';
import { isWorkerCommand, WORKER_COMMANDS } from './cli/worker/worker-commands.js';
import { setLocale } from './i18n/translate.js';

const data = workerData as CommandWorkerData | null;
if (!data || !isWorkerCommand(data.command) || !Array.isArray(data.args)) {
  throw new Error(
    'command-worker.js runs a pclogin-agent command on a worker thread; start pclogin-agent instead',
  );
}
if (data.locale === 'ja' || data.locale === 'en') setLocale(data.locale);
adoptTerminal(process.stdout, data.terminal.stdout);
adoptTerminal(process.stderr, data.terminal.stderr);
// runCommand reports every error itself; no top-level await (the single executable runs this
// file as CommonJS source on the worker).
void runCommand(WORKER_COMMANDS[data.command], data.args);
