import type { SampleRecord } from './detect-layout.js';
import type { FieldDecoder } from './field-decoder.js';
import { countLineFeeds, NO_LINE_END, OPEN_QUOTE, scanQuotedRecord } from './scan-quoted-record.js';
import { splitQuotedRecords } from './split-quoted-records.js';

/**
 * The first non-empty records of a file's start, decoded, for layout detection. Uses the
 * same record rules as the parser. Stops at the first incomplete record (unless `final`).
 * `meter.units` grows by the units searched (the parser's measure of its work).
 */
export function sampleRecords(
  units: string,
  delimiter: string,
  decoder: FieldDecoder,
  final: boolean,
  firstLine: number,
  max = 200,
  meter?: { units: number },
): SampleRecord[] {
  const out: SampleRecord[] = [];
  const n = units.length;
  const delimiterCode = delimiter.charCodeAt(0);
  let pos = 0;
  let line = firstLine;
  // The next quote is looked for again only once passed: a fresh search on every line would
  // read the whole rest of a file without quotes for each of its lines (quadratic).
  let quote = -2;
  while (pos < n && out.length < max) {
    const lf = units.indexOf('\n', pos);
    if (quote !== -1 && quote < pos) {
      quote = units.indexOf('"', pos);
      if (meter) meter.units += (quote < 0 ? n : quote) - pos;
    }
    if (meter) meter.units += (lf < 0 ? n : lf) - pos;
    const quoted = quote >= 0 && (lf < 0 || quote < lf);
    let end = lf;
    if (quoted) {
      end = scanQuotedRecord(units, pos, delimiterCode, final);
      if (end === OPEN_QUOTE) break;
      if (end === NO_LINE_END) end = -1;
    }
    if (end < 0) {
      if (!final) break;
      end = n;
    }
    const contentEnd = end > pos && units.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const text = units.slice(pos, contentEnd);
    if (text.trim() !== '') {
      const raw = (quoted ? splitQuotedRecords(text, delimiter)?.[0] : undefined) ?? text.split(delimiter);
      out.push({ fields: raw.map((f) => decoder.decode(f) ?? decoder.decodeLossy(f)), line });
    }
    line += quoted ? 1 + countLineFeeds(units, pos, contentEnd) : 1;
    pos = end + 1;
  }
  return out;
}
