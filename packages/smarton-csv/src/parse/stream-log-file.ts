import { readFileChunks } from '../internal/read-file-chunks.js';
import { RecordParser } from '../internal/record-parser.js';
import { resolveSmartonCsvOptions, type SmartonCsvOptions } from '../options/smarton-csv-options.js';
import type { LogFileBatch } from './log-file-batch.js';

/**
 * Reads a SmartOn log CSV as a stream of batches, in constant memory whatever the file's size:
 * each batch holds the events and issues of the next chunk of the file, and the next chunk
 * is read only when the loop asks for it.
 *
 * With `read.unterminatedLastLine: 'hold'`, a last line without a line end is left out (and
 * reported as the last batch's `heldBack`), as the folder reader leaves it while a file is still
 * being written: a log server writing a row can be caught half-way.
 *
 * @throws {SmartonCsvOptionsError} when the options are invalid (before reading).
 * @throws {LogFileError} when the file cannot be read. Bad rows are issues, never errors.
 * @example
 * for await (const { events, issues } of streamLogFile('C:/SmartOn/Log/20240207.csv')) {
 *   for (const e of events) console.log(e.account, e.at.toISOString(), e.kind);
 *   for (const i of issues) console.error(`${i.file}:${i.line}: ${i.reason}`);
 * }
 */
export async function* streamLogFile(
  path: string,
  options?: SmartonCsvOptions,
  read: { unterminatedLastLine?: 'read' | 'hold' } = {},
): AsyncGenerator<LogFileBatch, void> {
  const parser = new RecordParser({ file: path, options: resolveSmartonCsvOptions(options) });
  for await (const chunk of readFileChunks(path)) {
    parser.push(chunk);
    if (parser.events.length > 0 || parser.issues.length > 0) {
      yield { ...parser.drain(), layout: parser.layout ?? null };
    }
  }
  const hold = read.unterminatedLastLine === 'hold';
  // Held or not, this is the end of the file: the layout is decided from what there is.
  parser.finish(!hold, true);
  const last: LogFileBatch = { ...parser.drain(), layout: parser.layout ?? null };
  if (hold && (parser.heldBack === 'unterminated-line' || parser.heldBack === 'unclosed-quote')) {
    last.heldBack = parser.heldBack;
  }
  yield last;
}
