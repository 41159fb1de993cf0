import type { LogEvent } from '@pclogin/core';
import type { ParseIssue } from '../issues/parse-issue.js';
import type { SmartonCsvOptions } from '../options/smarton-csv-options.js';
import type { ParsedLogFile } from './log-file-batch.js';
import { streamLogFile } from './stream-log-file.js';

/**
 * Reads a whole SmartOn log CSV into events. Rows that cannot be read become `issues` and
 * are skipped; the rest of the file is still read. For very large files prefer
 * {@link streamLogFile}, which never holds all events at once.
 *
 * @throws {SmartonCsvOptionsError} when the options are invalid.
 * @throws {LogFileError} when the file cannot be read.
 * @example
 * const { events, issues, layout } = await parseLogFile('20240207.csv', { timeZone: 'Asia/Tokyo' });
 * console.log(layout?.encoding, events.length, issues.length);
 */
export async function parseLogFile(path: string, options?: SmartonCsvOptions): Promise<ParsedLogFile> {
  const events: LogEvent[] = [];
  const issues: ParseIssue[] = [];
  let layout: ParsedLogFile['layout'] = null;
  for await (const batch of streamLogFile(path, options)) {
    for (const e of batch.events) events.push(e);
    for (const i of batch.issues) issues.push(i);
    layout = batch.layout;
  }
  return { events, issues, layout };
}
