import { UsageError } from '../errors/usage-error.js';
import { t } from '../i18n/translate.js';

/** Checks `--day-border HH:MM` and `--from`/`--to`/`--date` `YYYY-MM-DD`. */
export function checkDayOptions(options: {
  dayBorder?: string;
  from?: string;
  to?: string;
  date?: string;
}): void {
  if (options.dayBorder !== undefined && !/^([01]?\d|2[0-3]):[0-5]\d$/.test(options.dayBorder)) {
    throw new UsageError(t('usage.dayBorder', { value: options.dayBorder }));
  }
  for (const name of ['from', 'to', 'date'] as const) {
    const value = options[name];
    if (
      value !== undefined &&
      (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    ) {
      throw new UsageError(t('usage.date', { name, value }));
    }
  }
}
