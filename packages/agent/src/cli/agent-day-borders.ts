import { directoryWorkdayOptions, formatInstant, type WorkdayOptionsSource } from '@pclogin/core';
import { readLedgerView } from '../agent/read-ledger-view.js';
import type { AgentConfig } from '../config/agent-config.js';
import { findConfigFile } from '../config/find-config-file.js';
import { loadConfig } from '../config/load-config.js';
import { t } from '../i18n/translate.js';
import { loadEmployeeDirectory } from '../kot/load-employee-directory.js';
import { loadLinks } from '../links/load-links.js';

/** The working-day borders `daily` and `logs` use, and how they were chosen (for people). */
export interface DayBorders {
  /** Per employee (from the agent's employee list), or one border for everyone. */
  workdayOptions: WorkdayOptionsSource;
  /** The agent's links, when its configuration was used and `--links` was not given. */
  resolveEmployee?: (account: string) => string | undefined;
  /** The links file those come from. */
  linksFile?: string;
  /** Which border was used, printed on stderr. */
  note: string;
}

/**
 * One definition of a working day everywhere: with a configuration file (`--config`, or found
 * as every command finds it) and no `--day-border`, the agent's own borders — each division's
 * 日付変更時刻 from the employee list the agent stored, the configured time zone and default
 * day-change time, and the agent's links; otherwise the one border given (or 00:00). The note
 * says which was used.
 */
export async function agentDayBorders(options: {
  config?: string;
  dayBorder?: string;
  timeZone: string;
  links?: string;
}): Promise<DayBorders> {
  const config = await configIfAny(options.config);
  if (options.dayBorder !== undefined || config === undefined) {
    const dayBorder = options.dayBorder ?? '00:00';
    return {
      workdayOptions: { timeZone: options.timeZone, dayBorder },
      note: t(config === undefined ? 'borders.fixedNoConfig' : 'borders.fixed', {
        dayBorder,
        given: options.dayBorder !== undefined ? 'yes' : 'no',
        timeZone: options.timeZone,
      }),
    };
  }
  const view = readLedgerView(config, () => new Date());
  let borders: DayBorders;
  try {
    const fallbackDayBorder = config.defaultDayBorder;
    try {
      const loaded = await loadEmployeeDirectory({
        store: { cache: (key: string) => view.store.cache(key) },
        clock: () => new Date(),
      });
      borders = {
        workdayOptions: directoryWorkdayOptions(loaded.directory, {
          timeZone: options.timeZone,
          fallbackDayBorder,
        }),
        note: t('borders.agent', {
          file: config.file ?? t('borders.configuration'),
          fetchedAt: formatInstant(loaded.fetchedAt, options.timeZone),
          fallbackDayBorder,
          timeZone: options.timeZone,
        }),
      };
    } catch {
      borders = {
        workdayOptions: { timeZone: options.timeZone, dayBorder: fallbackDayBorder },
        note: t('borders.noEmployeeList', {
          fallbackDayBorder,
          file: config.file ?? t('borders.configuration'),
          timeZone: options.timeZone,
        }),
      };
    }
  } finally {
    view.close();
  }
  if (options.links === undefined) {
    const links = await loadLinks(config.linksFile, undefined, { allowErrors: true }).catch(() => undefined);
    if (links) {
      borders.resolveEmployee = links.resolver.resolve;
      borders.linksFile = config.linksFile;
    }
  }
  return borders;
}

async function configIfAny(path: string | undefined): Promise<AgentConfig | undefined> {
  // The same lookup as every command (--config, PCLOGIN_CONFIG, working folder, platform
  // default); only a file that exists counts when none was named.
  const found = await findConfigFile({ path });
  if (path === undefined && !found.exists) return undefined;
  return loadConfig({ path: found.file });
}
