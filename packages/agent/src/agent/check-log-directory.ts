import { readdir } from 'node:fs/promises';
import { AgentError } from '../errors/agent-error.js';
import { t } from '../i18n/translate.js';

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
    const why = t(
      code === 'ENOENT'
        ? 'logFolder.notFound'
        : code === 'ENOTDIR'
          ? 'logFolder.notFolder'
          : code === 'EACCES' || code === 'EPERM'
            ? 'logFolder.denied'
            : 'logFolder.ioError',
      { code: code ?? 'I/O error' },
    );
    throw new AgentError(t('logFolder.unreadable', { folder: directory, why }), {
      code: 'LOG_FOLDER_UNREADABLE',
      cause: error,
    });
  }
}
