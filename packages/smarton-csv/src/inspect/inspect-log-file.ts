import { stat } from 'node:fs/promises';
import { LogFileError } from '../errors/log-file-error.js';
import { EventClassifier } from '../internal/event-classifier.js';
import { describeTimestampFlags } from '../internal/parse-timestamp.js';
import { readFileChunks } from '../internal/read-file-chunks.js';
import { RecordParser } from '../internal/record-parser.js';
import type { ParseIssueCode } from '../issues/parse-issue.js';
import type { DetectedLayout } from '../layout/detected-layout.js';
import { resolveSmartonCsvOptions, type SmartonCsvOptions } from '../options/smarton-csv-options.js';
import { type ColumnRole, columnRoles } from '../schema/column-role.js';
import type { InspectedColumn, LogFileInspection } from './log-file-inspection.js';

const BAD_LINES_SHOWN = 100;

function describeFormat(key: number): string {
  return key >= 65536
    ? `${describeTimestampFlags(Math.floor(key / 65536))} + ${describeTimestampFlags(key % 65536)}`
    : describeTimestampFlags(key);
}

const delimiterName = (c: string) =>
  c === ',' ? 'comma' : c === '\t' ? 'tab' : c === ';' ? 'semicolon' : 'other';

/**
 * Reads a log file the way the parser does and reports how: encoding, delimiter, header,
 * which column holds what and how that was decided, timestamp formats, event words with
 * counts and kinds, words outside the vocabulary, and the rows skipped with the reason.
 * Made for `pclogin-agent inspect FILE`, to check a real file before relying on it.
 *
 * @throws {SmartonCsvOptionsError} when the options are invalid.
 * @throws {LogFileError} when the file cannot be read.
 * @example
 * const report = await inspectLogFile('20240207.csv');
 * console.log(report.encoding.name, report.columns.map((c) => `${c.index}:${c.role}`));
 */
export async function inspectLogFile(path: string, options?: SmartonCsvOptions): Promise<LogFileInspection> {
  const resolved = resolveSmartonCsvOptions(options);
  const parser = new RecordParser({ file: path, options: resolved, collectStats: true });
  let bytes = 0;
  let events = 0;
  const counts: Partial<Record<ParseIssueCode, number>> = {};
  const badLines: LogFileInspection['badLines'] = [];
  let badLineCount = 0;
  const collect = () => {
    const out = parser.drain();
    events += out.events.length;
    for (const i of out.issues) {
      counts[i.code] = (counts[i.code] ?? 0) + 1;
      if (i.severity !== 'error' || i.line === 0) continue;
      badLineCount++;
      if (badLines.length < BAD_LINES_SHOWN) {
        badLines.push({ line: i.line, offset: i.offset, code: i.code, reason: i.reason, text: i.text });
      }
    }
  };
  try {
    bytes = (await stat(path)).size;
  } catch (cause) {
    throw new LogFileError(path, cause);
  }
  for await (const chunk of readFileChunks(path)) {
    parser.push(chunk);
    collect();
  }
  parser.finish(true);
  collect();

  const stats = parser.stats;
  const layout: Partial<DetectedLayout> = parser.layout ?? parser.layoutProblem?.partial ?? {};
  const header = layout.header ?? null;
  const roleOf = new Map<number, { role: ColumnRole; source: InspectedColumn['decidedBy'] }>();
  for (const role of columnRoles) {
    const c = layout.columns?.[role];
    if (c) roleOf.set(c.index, { role, source: c.source });
  }
  const columnCount = layout.columnCount ?? header?.names.length ?? stats?.firstRow?.length ?? 0;
  const columns: InspectedColumn[] = [];
  for (let index = 0; index < columnCount; index++) {
    const r = roleOf.get(index);
    columns.push({
      index,
      name: header?.names[index] ?? null,
      role: r?.role ?? null,
      decidedBy: r?.source ?? null,
      example: stats?.firstRow?.[index] ?? null,
    });
  }
  const classifier = new EventClassifier(resolved.eventWords);
  const eventWords = [...(stats?.words ?? new Map())]
    .map(([word, w]) => ({ word, kind: w.kind, known: classifier.known(word) !== undefined, rows: w.count }))
    .sort((a, b) => b.rows - a.rows || (a.word < b.word ? -1 : 1));
  return {
    file: path,
    bytes,
    encoding: {
      name: layout.encoding ?? null,
      decidedBy: layout.encodingSource ?? null,
      bom: (layout.bomLength ?? 0) > 0,
    },
    delimiter:
      layout.delimiter && layout.delimiterSource
        ? { char: layout.delimiter, name: delimiterName(layout.delimiter), decidedBy: layout.delimiterSource }
        : null,
    header: layout.headerSource
      ? {
          present: header !== null,
          names: header?.names ?? [],
          line: header?.line ?? null,
          decidedBy: layout.headerSource,
        }
      : null,
    columns,
    layoutProblem: parser.layoutProblem?.reason ?? null,
    timeFormats: [...(stats?.timeFormats ?? new Map())]
      .map(([key, rows]) => ({ format: describeFormat(key), rows }))
      .sort((a, b) => b.rows - a.rows),
    eventWords,
    unknownWords: eventWords.filter((w) => !w.known).map((w) => w.word),
    rows: stats?.rows ?? 0,
    events,
    emptyLines: stats?.emptyLines ?? 0,
    badLines,
    badLineCount,
    issueCounts: counts,
  };
}
