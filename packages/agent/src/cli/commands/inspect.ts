import { inspectLogFile } from '@pclogin/smarton-csv';
import { t } from '../../i18n/translate.js';
import { parseIssueReason } from '../format/parse-issue-reason.js';
import { renderTable } from '../format/text-table.js';
import { type OfflineOptions, offlineParserOptions } from '../offline-input.js';

/** `pclogin-agent inspect FILE [--json]`: exit status 1 when the file's columns could not be found. */
export default async function inspect(
  file: string,
  options: OfflineOptions & { json?: boolean },
): Promise<number> {
  const { csv } = await offlineParserOptions(options);
  const r = await inspectLogFile(file, csv);
  const out = (text: string) => process.stdout.write(`${text}\n`);
  if (options.json) {
    out(JSON.stringify(r));
    return r.layoutProblem ? 1 : 0;
  }
  const by = (decidedBy: string | null | undefined) => (decidedBy ? t('inspect.by', { by: decidedBy }) : '');
  out(t('inspect.file', { file: r.file, bytes: r.bytes }));
  out(
    t('inspect.encoding', {
      encoding: `${r.encoding.name ?? t('inspect.unknown')}${by(r.encoding.decidedBy)}${r.encoding.bom ? t('inspect.withBom') : ''}`,
    }),
  );
  out(
    t('inspect.delimiter', {
      delimiter: r.delimiter ? `${r.delimiter.name}${by(r.delimiter.decidedBy)}` : t('inspect.unknown'),
    }),
  );
  out(
    t('inspect.header', {
      header: `${
        r.header?.present
          ? t('inspect.headerLine', { line: String(r.header.line), names: r.header.names.join(', ') })
          : t('inspect.none')
      }${r.header ? by(r.header.decidedBy) : ''}`,
    }),
  );
  if (r.layoutProblem) out(t('inspect.columnsNotFound', { problem: r.layoutProblem }));
  out('');
  out(
    renderTable(
      (['number', 'name', 'role', 'decidedBy', 'example'] as const).map((c) => t(`inspect.col.${c}`)),
      r.columns.map((c) => [
        String(c.index),
        c.name ?? '',
        c.role ?? t('inspect.notUsed'),
        c.decidedBy ?? '',
        c.example ?? '',
      ]),
    ).trimEnd(),
  );
  out('');
  out(
    t('inspect.timeFormats', {
      formats: r.timeFormats.map((f) => `${f.format} (${rowCount(f.rows)})`).join(', ') || t('inspect.none'),
    }),
  );
  out(t('inspect.eventWords'));
  for (const w of r.eventWords)
    out(`  ${w.word}  → ${w.kind}${w.known ? '' : t('inspect.unknownWord')}  ${rowCount(w.rows)}`);
  if (r.unknownWords.length > 0) out(t('inspect.unknownWords', { words: r.unknownWords.join(', ') }));
  out(
    t('inspect.counts', {
      rows: r.rows,
      events: r.events,
      empty: r.emptyLines,
      skipped: r.badLineCount,
    }),
  );
  if (r.badLines.length > 0) {
    out(t('inspect.skippedLines'));
    for (const b of r.badLines)
      out(
        t('inspect.skippedLine', {
          line: String(b.line),
          code: b.code,
          reason: parseIssueReason(b),
          text: b.text ? `  「${b.text}」` : '',
        }),
      );
    if (r.badLineCount > r.badLines.length)
      out(t('inspect.more', { count: r.badLineCount - r.badLines.length }));
  }
  return r.layoutProblem ? 1 : 0;
}

const rowCount = (n: number) => t('inspect.rows', { count: n });
