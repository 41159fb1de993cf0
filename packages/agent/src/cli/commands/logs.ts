import {
  annotateLogView,
  formatInstant,
  type LogEvent,
  normalizeAccount,
  type WorkdayOptions,
  workdayOf,
} from '@pclogin/core';
import { t } from '../../i18n/translate.js';
import { agentDayBorders } from '../agent-day-borders.js';
import { checkDayOptions } from '../day-options.js';
import { renderTable } from '../format/text-table.js';
import { listLogFiles, type OfflineOptions, offlineParserOptions } from '../offline-input.js';
import { readLogEvents } from '../read-log-events.js';

interface LogsOptions extends OfflineOptions {
  date?: string;
  dayBorder?: string;
  json?: boolean;
}

/**
 * `pclogin-agent logs FILE|DIR… [--date DATE]`: PC Login's ログ表示 — every event with the
 * remark ログオン (the first of its account's working day) or ログオフ (the last).
 */
export default async function logs(paths: string[], options: LogsOptions): Promise<number> {
  checkDayOptions(options);
  const { csv, timeZone, pattern } = await offlineParserOptions(options);
  const files = await listLogFiles(paths, pattern);
  const borders = await agentDayBorders({ ...options, timeZone });
  process.stderr.write(`${borders.note}\n`);
  const source = borders.workdayOptions;
  const optionsOf = (rawAccount: string): WorkdayOptions => {
    if (typeof source !== 'function') return source;
    const account = normalizeAccount(rawAccount);
    return source(borders.resolveEmployee?.(account), account);
  };
  const kept: LogEvent[] = [];
  const read = await readLogEvents(files, csv, (events) => {
    for (const e of events)
      if (!options.date || workdayOf(e.at, optionsOf(e.account)) === options.date) kept.push(e);
  });
  const annotated = annotateLogView(kept, {
    workdayOptions: source,
    ...(borders.resolveEmployee ? { resolveEmployee: borders.resolveEmployee } : {}),
  }).sort((a, b) => a.at.getTime() - b.at.getTime());
  if (options.json) {
    let text = '';
    for (const e of annotated) {
      text += `${JSON.stringify({
        at: formatInstant(e.at, timeZone),
        account: e.account,
        kind: e.kind,
        raw: e.raw,
        ...(e.computer !== undefined ? { computer: e.computer } : {}),
        workday: e.workday,
        remark: e.remark,
        ...(e.source ? { source: { file: e.source.file, line: e.source.line } } : {}),
      })}\n`;
    }
    process.stdout.write(text);
  } else {
    process.stdout.write(
      renderTable(
        (['dateTime', 'account', 'pc', 'event', 'workday', 'remark'] as const).map((c) => t(`table.${c}`)),
        annotated.map((e) => [
          formatInstant(e.at, timeZone).slice(0, 19).replace('T', ' '),
          e.account,
          e.computer ?? '',
          e.raw,
          e.workday,
          e.remark,
        ]),
      ),
    );
  }
  return read.events === 0 && (read.skipped > 0 || read.unreadable > 0) ? 1 : 0;
}
