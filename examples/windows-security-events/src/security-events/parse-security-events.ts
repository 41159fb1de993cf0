import type { LogEvent } from '@pclogin/core';
import { parse } from 'csv-parse/sync';
import type { SecurityEventSkipReason } from './classify-security-event.js';
import { decodeExport } from './internal/decode-export.js';
import {
  type ExportColumn,
  type ExportColumns,
  exportColumns,
  missingColumns,
} from './internal/export-columns.js';
import { fixes } from './internal/fixes.js';
import { LineIndex } from './internal/line-index.js';
import { readRecord } from './internal/read-record.js';
import { defaultMessageLabels, type MessageLabels } from './message-labels.js';
import type { SecurityEventIssue } from './security-event-issue.js';
import {
  type ResolvedSecurityEventsOptions,
  type SecurityEventsOptions,
  securityEventsOptionsSchema,
} from './security-events-options.js';

/** What one export file held. */
export interface SecurityEventsParseResult {
  /** The logon, logoff, lock and unlock events of people, in file order. */
  events: LogEvent[];
  /** Records that could not be read, each with its line and a fix. */
  issues: SecurityEventIssue[];
  /** Records read correctly but deliberately not turned into events, counted by reason. */
  skipped: Record<SecurityEventSkipReason, number>;
  /** Data records in the file (the header and a `#TYPE` line not counted). */
  records: number;
  /** The encoding the file was read as. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'cp932';
}

function resolveLabels({ labels }: ResolvedSecurityEventsOptions): MessageLabels {
  return {
    accountName: [...defaultMessageLabels.accountName, ...(labels.accountName ?? [])],
    accountDomain: [...defaultMessageLabels.accountDomain, ...(labels.accountDomain ?? [])],
    logonType: [...defaultMessageLabels.logonType, ...(labels.logonType ?? [])],
    newLogonSection: [...defaultMessageLabels.newLogonSection, ...(labels.newLogonSection ?? [])],
  };
}

/**
 * Parses the CSV that `Get-WinEvent … | Export-Csv` writes for the Security events 4624,
 * 4634, 4647, 4800 and 4801 (or the smaller recommended export with `TargetUserName` and
 * `LogonType` columns) into pclogin's source-agnostic events.
 *
 * The account and logon type are read from the `TargetUserName`/`LogonType` columns when
 * the export has them, otherwise from the localized `Message` (`Export-Csv` flattens the
 * `Properties` column to a type name, so the message is the only place they survive).
 * Bad records are reported in `issues` with their line and skipped; the rest is kept.
 *
 * @param bytes the file's bytes (UTF-8 with or without BOM, UTF-16 with BOM, or CP932)
 * @param file the file's name, for each event's `source` and for issues
 * @throws a zod error naming the option when `options` is invalid
 * @example
 * const { events, issues } = parseSecurityEvents(await readFile('security.csv'), 'security.csv', {
 *   timeZone: 'Asia/Tokyo',
 * });
 */
export function parseSecurityEvents(
  bytes: Uint8Array,
  file: string,
  options: SecurityEventsOptions = {},
): SecurityEventsParseResult {
  const resolved = securityEventsOptionsSchema.parse(options);
  const labels = resolveLabels(resolved);
  const decoded = decodeExport(bytes);
  // Parse the UTF-8 form so that csv-parse's byte offsets and the line index agree whatever the file's encoding.
  const utf8 = Buffer.from(decoded.text, 'utf8');
  const lines = new LineIndex(utf8);
  const result: SecurityEventsParseResult = {
    events: [],
    issues: [],
    skipped: { 'event-id': 0, 'logon-type': 0, 'system-account': 0 },
    records: 0,
    encoding: decoded.encoding,
  };
  const report = (line: number, issue: Omit<SecurityEventIssue, 'file' | 'line'>) =>
    result.issues.push({ file, line, ...issue });
  const recordStart = (offset: number) => {
    let at = offset;
    while (at < utf8.length && (utf8[at] === 0x0d || utf8[at] === 0x0a)) at++;
    return lines.lineAt(at);
  };

  let columns: ExportColumns | undefined;
  let width = 0;
  let usable = true;
  let lastBadLine = 0;
  const onRecord = (record: string[], endOffset: number) => {
    // A record's last line holds its terminating line feed; it starts as many lines up as its fields hold line feeds.
    const inner = record.reduce((sum, value) => sum + (value.match(/\n/g)?.length ?? 0), 0);
    const line = lines.lineAt(Math.max(endOffset - 1, 0)) - inner;
    if (columns === undefined) {
      // Windows PowerShell 5.1 writes `#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord` unless told -NoTypeInformation.
      if (record.length === 1 && record[0]?.startsWith('#TYPE')) return;
      columns = exportColumns(record);
      width = record.length;
      const missing = missingColumns(columns);
      if (missing.length > 0) {
        usable = false;
        report(line, {
          code: 'missing-column',
          column: missing.join(', '),
          message: `the header has no ${missing.join(' or ')} column: this is not a Security event export`,
          fix: fixes.export,
        });
      }
      return;
    }
    if (!usable) return;
    result.records++;
    if (record.length !== width) {
      report(line, {
        code: 'malformed-record',
        message: `the record has ${record.length} fields, the header ${width}`,
        fix: fixes.reexport,
      });
      return;
    }
    const field = (column: ExportColumn) => {
      const index = columns?.[column];
      return index === undefined ? undefined : (record[index] ?? '').trim();
    };
    const outcome = readRecord(field, { file, line }, resolved, labels);
    if ('event' in outcome) result.events.push(outcome.event);
    else if ('skip' in outcome) result.skipped[outcome.skip]++;
    else report(line, outcome.issue);
  };

  try {
    parse(utf8, {
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        const line = recordStart((error as { bytes?: number } | undefined)?.bytes ?? 0);
        // One broken record can raise several errors; report it once.
        if (line === lastBadLine) return;
        lastBadLine = line;
        if (columns !== undefined && usable) result.records++;
        report(line, {
          code: 'malformed-record',
          message: `not valid CSV: ${error?.message ?? 'unreadable record'}`,
          fix: fixes.reexport,
        });
      },
      on_record: (record: string[], context) => {
        onRecord(record, context.bytes);
        return undefined;
      },
    });
  } catch (error) {
    // csv-parse gives up on some damage (an unclosed quote at the end of the file): keep what was read.
    report(recordStart((error as { bytes?: number }).bytes ?? utf8.length), {
      code: 'malformed-record',
      message: `not valid CSV from here on: ${(error as Error).message}`,
      fix: fixes.reexport,
    });
  }
  return result;
}
