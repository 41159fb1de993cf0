import { readdir } from 'node:fs/promises';
import { AgentError } from '../errors/agent-error.js';

/**
 * Checks that the log folder can be listed, before anything else happens, so that a wrong
 * path or missing permission stops the agent with a clear message and an untouched ledger.
 *
 * @throws {AgentError} `LOG_FOLDER_UNREADABLE` naming the folder and the fix.
 */
export async function checkLogDirectory(directory: string): Promise<void> {
  try {
    await readdir(directory);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? "it does not exist: set logDirectory to the SmartOn ID log server's CSV output folder"
        : code === 'ENOTDIR'
          ? 'it is a file, not a folder: set logDirectory to the folder the CSV files are in'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied: let the account running the agent (the service account) read it'
            : `${code ?? 'I/O error'}: check the path and the network share`;
    throw new AgentError(`cannot read the log folder ${directory}: ${why}`, {
      code: 'LOG_FOLDER_UNREADABLE',
      cause: error,
    });
  }
}
