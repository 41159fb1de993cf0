import { type EmployeeDirectory, formatInstant } from '@pclogin/core';
import type { LedgerView } from '../agent/read-ledger-view.js';
import { type Message, msg } from '../i18n/translate.js';
import { createKotClientFromConfig } from '../kot/create-kot-client-from-config.js';
import { DirectoryUnavailableError } from '../kot/directory-unavailable-error.js';
import { loadEmployeeDirectory } from '../kot/load-employee-directory.js';
import type { CommandContext } from './context.js';

/**
 * KING OF TIME's employee list for the `links` commands: fetched now when KOT can be read,
 * else the copy the agent cached. `undefined` (with the reason) when neither is available.
 */
export async function employeeDirectoryForCommand(
  context: CommandContext,
  view: LedgerView,
  { required }: { required: boolean },
): Promise<{ directory: EmployeeDirectory | undefined; note: Message }> {
  const { config, clock, log } = context;
  try {
    if (!config.accessToken && !required) {
      const cached = await loadEmployeeDirectory({
        store: { cache: (key: string) => view.store.cache(key) },
        clock,
      });
      return {
        directory: cached.directory,
        note: msg('links.against.storedNoToken', { at: formatInstant(cached.fetchedAt, config.timeZone) }),
      };
    }
    const client = createKotClientFromConfig(config, { clock, log });
    // Read-only: the running agent keeps the cache; this command only reads it.
    const cache = { cache: (key: string) => view.store.cache(key) };
    const loaded = await loadEmployeeDirectory({ client, store: cache, clock, refresh: 'force', log });
    return {
      directory: loaded.directory,
      note:
        loaded.from === 'kot'
          ? msg('links.against.kot', { count: loaded.directory.employees.length })
          : msg('links.against.stored', {
              at: formatInstant(loaded.fetchedAt, config.timeZone),
              because: loaded.staleBecause,
            }),
    };
  } catch (error) {
    if (!(error instanceof DirectoryUnavailableError) || required) throw error;
    return { directory: undefined, note: msg('links.against.none', { reason: error.message }) };
  }
}
