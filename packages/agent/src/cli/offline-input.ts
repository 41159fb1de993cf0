import { isValidTimeZone } from '@pclogin/core';
import type { SmartonCsvOptions } from '@pclogin/smarton-csv';
import { loadConfig } from '../config/load-config.js';
import { UsageError } from '../errors/usage-error.js';
import { t } from '../i18n/translate.js';
import { listLogFiles } from '../internal/list-log-files.js';

export { listLogFiles };

/** Options of the commands that read log files without the agent's state (`inspect`, `events`, `daily`, `logs`). */
export interface OfflineOptions {
  config?: string;
  timeZone?: string;
}

/** The parser options: the `csv` section and `timeZone` of `--config` when given, `--time-zone` over both. */
export async function offlineParserOptions(
  options: OfflineOptions,
): Promise<{ csv: SmartonCsvOptions; timeZone: string; pattern: string }> {
  const config = options.config ? await loadConfig({ path: options.config }) : undefined;
  const timeZone = options.timeZone ?? config?.timeZone ?? 'Asia/Tokyo';
  if (!isValidTimeZone(timeZone)) {
    throw new UsageError(t('usage.timeZone', { value: timeZone }));
  }
  const { pattern, ...csv } = config?.csv ?? {};
  return { csv: { ...csv, timeZone }, timeZone, pattern: pattern ?? '*.csv' };
}
