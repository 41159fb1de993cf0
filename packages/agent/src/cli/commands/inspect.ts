import { inspectLogFile } from '@pclogin/smarton-csv';
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
  out(`File:       ${r.file} (${r.bytes.toLocaleString('en-US')} bytes)`);
  out(
    `Encoding:   ${r.encoding.name ?? 'unknown'}${r.encoding.decidedBy ? ` (by ${r.encoding.decidedBy})` : ''}${r.encoding.bom ? ', with BOM' : ''}`,
  );
  out(`Delimiter:  ${r.delimiter ? `${r.delimiter.name} (by ${r.delimiter.decidedBy})` : 'unknown'}`);
  out(
    `Header:     ${r.header?.present ? `line ${r.header.line}: ${r.header.names.join(', ')}` : 'none'}${r.header ? ` (by ${r.header.decidedBy})` : ''}`,
  );
  if (r.layoutProblem) out(`Columns:    NOT FOUND — ${r.layoutProblem}`);
  out('');
  out(
    renderTable(
      ['#', 'name', 'role', 'decided by', 'example'],
      r.columns.map((c) => [
        String(c.index),
        c.name ?? '',
        c.role ?? '(not used)',
        c.decidedBy ?? '',
        c.example ?? '',
      ]),
    ).trimEnd(),
  );
  out('');
  out(`Time formats: ${r.timeFormats.map((f) => `${f.format} (${rowCount(f.rows)})`).join(', ') || 'none'}`);
  out('Event words:');
  for (const w of r.eventWords)
    out(`  ${w.word}  → ${w.kind}${w.known ? '' : ' (unknown word)'}  ${rowCount(w.rows)}`);
  if (r.unknownWords.length > 0) {
    out(
      `Unknown words (read as "other"; add them with csv.eventWords if they mean logon/logoff/lock/unlock): ${r.unknownWords.join(', ')}`,
    );
  }
  out(`Rows: ${r.rows}, events: ${r.events}, empty lines: ${r.emptyLines}, skipped: ${r.badLineCount}`);
  if (r.badLines.length > 0) {
    out('Skipped lines:');
    for (const b of r.badLines)
      out(`  line ${b.line}: ${b.code}: ${b.reason}${b.text ? `  「${b.text}」` : ''}`);
    if (r.badLineCount > r.badLines.length) out(`  … and ${r.badLineCount - r.badLines.length} more`);
  }
  return r.layoutProblem ? 1 : 0;
}

const rowCount = (n: number) => (n === 1 ? '1 row' : `${n} rows`);
