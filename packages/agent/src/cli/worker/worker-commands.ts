import type { CommandModule } from '../run-command.js';

/**
 * The commands whose memory follows their input (log files, folders, the ledger): they run on
 * a worker thread with {@link COMMAND_HEAP_LIMITS} (see {@link runOnWorker}). Each is loaded only
 * where it runs.
 */
export const WORKER_COMMANDS = {
  run: () => import('../commands/run.js'),
  daily: () => import('../commands/daily.js'),
  events: () => import('../commands/events.js'),
  logs: () => import('../commands/logs.js'),
  inspect: () => import('../commands/inspect.js'),
} satisfies Record<string, () => Promise<CommandModule>>;

/** The name of a command in {@link WORKER_COMMANDS}. */
export type WorkerCommandName = keyof typeof WORKER_COMMANDS;

/** Whether `name` is one of {@link WORKER_COMMANDS}. */
export function isWorkerCommand(name: unknown): name is WorkerCommandName {
  return typeof name === 'string' && Object.hasOwn(WORKER_COMMANDS, name);
}
