import { RecordParser } from '../internal/record-parser.js';
import { resolveSmartonCsvOptions, type SmartonCsvOptions } from '../options/smarton-csv-options.js';
import type { ParsedLogFile } from './log-file-batch.js';

/**
 * Parses the bytes of a whole SmartOn log CSV already in memory (e.g. an upload), exactly as
 * {@link parseLogFile} reads a file.
 *
 * @param file the name put into each event's `source` and each issue
 * @throws {SmartonCsvOptionsError} when the options are invalid.
 * @example
 * const { events } = parseLogBytes(readFileSync('20240207.csv'), '20240207.csv');
 */
export function parseLogBytes(bytes: Uint8Array, file: string, options?: SmartonCsvOptions): ParsedLogFile {
  const parser = new RecordParser({ file, options: resolveSmartonCsvOptions(options) });
  parser.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  parser.finish(true);
  return { ...parser.drain(), layout: parser.layout ?? null };
}
