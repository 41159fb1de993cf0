import {
  addWorkdays,
  createAggregator,
  type DaySummary,
  formatInstant,
  normalizeAccount,
  type WorkdayOptions,
  workdayOf,
} from '@pclogin/core';
import { t } from '../../i18n/translate.js';
import { loadLinks } from '../../links/load-links.js';
import { agentDayBorders } from '../agent-day-borders.js';
import { checkDayOptions } from '../day-options.js';
import { linkProblemText } from '../format/describe-link-problem.js';
import { kotPunchCell } from '../format/kot-punch-cell.js';
import { renderTable } from '../format/text-table.js';
import { listLogFiles, type OfflineOptions, offlineParserOptions } from '../offline-input.js';
import { readLogEvents } from '../read-log-events.js';

interface DailyOptions extends OfflineOptions {
  links?: string;
  dayBorder?: string;
  from?: string;
  to?: string;
  json?: boolean;
}

/** Days this far behind the newest log are complete: printed and forgotten (late logoffs come within a day). */
const CLOSE_AFTER_DAYS = 2;

/**
 * `pclogin-agent daily FILE|DIR…`: per account (or, with `--links`, per employee) and working
 * day, the first log (出勤) and the last (退勤), as KOT's 日別データ would show them. Days are
 * printed as soon as the logs have moved two days past them and then forgotten, so that years
 * of logs go through in constant memory; an event older than a day already printed is reported
 * on stderr instead of printing that day twice.
 */
export default async function daily(paths: string[], options: DailyOptions): Promise<number> {
  checkDayOptions(options);
  const { csv, timeZone, pattern } = await offlineParserOptions(options);
  const files = await listLogFiles(paths, pattern);
  const links = options.links ? await loadLinks(options.links, undefined, { allowErrors: true }) : undefined;
  for (const p of links?.problems.filter((p) => p.severity === 'error') ?? []) {
    process.stderr.write(
      `${t('daily.linksError', { file: options.links ?? '', line: String(p.line), ...linkProblemText(p) })}\n`,
    );
  }
  const borders = await agentDayBorders({ ...options, timeZone });
  process.stderr.write(`${borders.note}\n`);
  const resolveEmployee = links?.resolver.resolve ?? borders.resolveEmployee;
  const linked = resolveEmployee !== undefined;
  // Where an event goes: the employee's (or account's) working-day options, as the agent places it.
  const source = borders.workdayOptions;
  const optionsOf = (rawAccount: string): WorkdayOptions => {
    if (typeof source !== 'function') return source;
    const account = normalizeAccount(rawAccount);
    return source(resolveEmployee?.(account), account);
  };
  const aggregator = createAggregator({
    ...(resolveEmployee ? { resolveEmployee } : {}),
    workdayOptions: source,
  });
  const rows: string[][] = [];
  let newest = Number.NEGATIVE_INFINITY;
  let newestAccount = '';
  let printedBefore: string | undefined;

  const emit = async (days: DaySummary[]) => {
    const shown = days.filter(
      (d) => (!options.from || d.workday >= options.from) && (!options.to || d.workday <= options.to),
    );
    if (!options.json) {
      for (const d of shown) rows.push(textRow(d));
      return;
    }
    let text = '';
    for (const d of shown) {
      text += `${JSON.stringify({
        account: d.account,
        ...(d.employeeCode !== undefined ? { employeeCode: d.employeeCode } : {}),
        workday: d.workday,
        clockIn: formatInstant(d.first.at, timeZone),
        clockOut: d.last.at > d.first.at ? formatInstant(d.last.at, timeZone) : null,
        events: d.count,
      })}\n`;
      if (text.length >= 65_536) text = await write(text);
    }
    if (text) await write(text);
  };

  const read = await readLogEvents(files, csv, async (events) => {
    let batch = events;
    if (printedBefore) {
      const limit = printedBefore;
      const isLate = (e: (typeof events)[number]) => workdayOf(e.at, optionsOf(e.account)) < limit;
      const late = events.filter(isLate);
      for (const e of late) {
        const where = e.source ? `${e.source.file}:${e.source.line}` : e.account;
        process.stderr.write(`${t('read.outOfOrder', { where })}\n`);
      }
      if (late.length > 0) batch = events.filter((e) => !isLate(e));
    }
    aggregator.add(batch);
    for (const e of batch) {
      if (e.at.getTime() > newest) {
        newest = e.at.getTime();
        newestAccount = e.account;
      }
    }
    if (!Number.isFinite(newest)) return;
    const cutoff = addWorkdays(workdayOf(newest, optionsOf(newestAccount)), -CLOSE_AFTER_DAYS);
    if (printedBefore && cutoff <= printedBefore) return;
    await emit(aggregator.summaries().filter((d) => d.workday < cutoff));
    aggregator.evict({ before: cutoff });
    printedBefore = cutoff;
  });
  await emit(aggregator.summaries());

  if (!options.json) {
    rows.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : a[1]! < b[1]! ? -1 : 1));
    process.stdout.write(
      renderTable(
        [
          t(linked ? 'table.employeeAccount' : 'table.account'),
          t('table.date'),
          t('table.clockIn'),
          t('table.clockOut'),
          t('table.logCount'),
        ],
        rows,
      ),
    );
  }
  return read.events === 0 && (read.skipped > 0 || read.unreadable > 0) ? 1 : 0;

  function textRow(d: DaySummary): string[] {
    return [
      d.employeeCode !== undefined
        ? `${d.employeeCode} (${d.account})`
        : linked
          ? t('daily.notLinked', { account: d.account })
          : d.account,
      d.workday.replace(/-/g, '/'),
      kotPunchCell(new Date(d.first.at), timeZone),
      d.last.at > d.first.at ? kotPunchCell(new Date(d.last.at), timeZone) : '',
      String(d.count),
    ];
  }
}

/** Writes to stdout, waiting when it is slower than the parser; returns '' for the next chunk. */
async function write(text: string): Promise<string> {
  if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  return '';
}
