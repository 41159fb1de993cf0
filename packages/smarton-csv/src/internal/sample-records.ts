import type { SampleRecord } from './detect-layout.js';
import type { FieldDecoder } from './field-decoder.js';
import { countLineFeeds, NO_LINE_END, OPEN_QUOTE, scanQuotedRecord } from './scan-quoted-record.js';
import { splitQuotedRecords } from './split-quoted-records.js';

/**
 * The first non-empty records of a file's start, decoded, for layout detection. Uses the
 * same record rules as the parser. Stops at the first incomplete record (unless `final`).
 */
export function sampleRecords(
  units: string,
  delimiter: string,
  decoder: FieldDecoder,
  final: boolean,
  firstLine: number,
  max = 200,
): SampleRecord[] {
  const out: SampleRecord[] = [];
  const n = units.length;
  const delimiterCode = delimiter.charCodeAt(0);
  let pos = 0;
  let line = firstLine;
  while (pos < n && out.length < max) {
    const lf = units.indexOf('\n', pos);
    const quote = units.indexOf('"', pos);
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
