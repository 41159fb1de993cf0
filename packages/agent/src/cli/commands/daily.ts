import { createAggregator, formatInstant } from '@pclogin/core';
import { loadLinks } from '../../links/load-links.js';
import { checkDayOptions } from '../day-options.js';
import { kotPunchCell } from '../format/kot-punch-cell.js';
import { renderTable } from '../format/text-table.js';
import { listLogFiles, type OfflineOptions, offlineParserOptions } from '../offline-input.js';
import { readLogEvents } from '../read-log-events.js';

interface DailyOptions extends OfflineOptions {
  links?: string;
  dayBorder: string;
  from?: string;
  to?: string;
  json?: boolean;
}

/**
 * `pclogin-agent daily FILE|DIR…`: per account (or, with `--links`, per employee) and working
 * day, the first log (出勤) and the last (退勤), as KOT's 日別データ would show them.
 */
export default async function daily(paths: string[], options: DailyOptions): Promise<number> {
  checkDayOptions(options);
  const { csv, timeZone, pattern } = await offlineParserOptions(options);
  const files = (await listLogFiles(paths, pattern)).map((f) => f.path);
  const links = options.links ? await loadLinks(options.links, undefined, { allowErrors: true }) : undefined;
  for (const p of links?.problems.filter((p) => p.severity === 'error') ?? []) {
    process.stderr.write(`${options.links}:${p.line}: ${p.message} Fix: ${p.fix}\n`);
  }
  const aggregator = createAggregator({
    ...(links ? { resolveEmployee: links.resolver.resolve } : {}),
    workdayOptions: { timeZone, dayBorder: options.dayBorder },
  });
  const read = await readLogEvents(files, csv, (events) => {
    aggregator.add(events);
  });
  const days = aggregator
    .summaries()
    .filter((d) => (!options.from || d.workday >= options.from) && (!options.to || d.workday <= options.to));
  if (options.json) {
    let text = '';
    for (const d of days) {
      text += `${JSON.stringify({
        account: d.account,
        ...(d.employeeCode !== undefined ? { employeeCode: d.employeeCode } : {}),
        workday: d.workday,
        clockIn: formatInstant(d.first.at, timeZone),
        clockOut: d.last.at > d.first.at ? formatInstant(d.last.at, timeZone) : null,
        events: d.count,
      })}\n`;
    }
    process.stdout.write(text);
  } else {
    const rows = days
      .map((d) => [
        d.employeeCode !== undefined
          ? `${d.employeeCode} (${d.account})`
          : links
            ? `${d.account} (not linked)`
            : d.account,
        d.workday.replace(/-/g, '/'),
        kotPunchCell(new Date(d.first.at), timeZone),
        d.last.at > d.first.at ? kotPunchCell(new Date(d.last.at), timeZone) : '',
        String(d.count),
      ])
      .sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : a[1]! < b[1]! ? -1 : 1));
    process.stdout.write(
      renderTable([links ? '従業員 (アカウント)' : 'アカウント', '日付', '出勤', '退勤', 'ログ数'], rows),
    );
  }
  return read.events === 0 && (read.skipped > 0 || read.unreadable > 0) ? 1 : 0;
}
