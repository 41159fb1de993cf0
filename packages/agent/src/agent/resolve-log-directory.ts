import { findLogDirectory } from '@pclogin/smarton-csv';
import type { AgentConfig } from '../config/agent-config.js';
import { ConfigError } from '../errors/config-error.js';
import { t } from '../i18n/translate.js';

/**
 * The SmartOn log folder: `logDirectory` from the configuration, else (on Windows) the log
 * server's `OutputDirectory` from the registry.
 *
 * @throws {ConfigError} naming `logDirectory` when neither gives one, with the registry's reason.
 */
export async function resolveLogDirectory(
  config: Pick<AgentConfig, 'logDirectory' | 'file'>,
  find: typeof findLogDirectory = findLogDirectory,
): Promise<{ directory: string; from: 'config' | 'registry'; registry?: string }> {
  if (config.logDirectory) return { directory: config.logDirectory, from: 'config' };
  const found = await find();
  if (found.ok) return { directory: found.directory, from: 'registry', registry: found.source };
  throw new ConfigError(
    [
      {
        field: 'logDirectory',
        message: t('config.logDirectoryMissing', { reason: found.message }),
      },
    ],
    config.file,
  );
}
