import { crc32 } from 'node:zlib';

// Every line the ledger writes is `<crc32 as 8 hex digits> <JSON>\n`. The checksum tells a
// complete line from one torn by a crash mid-write (or damaged later) without trusting
// JSON.parse to notice: a torn line can still be valid JSON.

const hex = (value: number) => value.toString(16).padStart(8, '0');

/** One checksummed line, newline included. */
export function encodeLine(json: string): string {
  return `${hex(crc32(json))} ${json}\n`;
}

/** The JSON text of a line (without its newline), or `undefined` when its checksum does not match. */
export function decodeLine(line: Buffer): string | undefined {
  if (line.length < 10 || line[8] !== 0x20) return undefined;
  const expected = line.subarray(0, 8).toString('latin1');
  if (!/^[0-9a-f]{8}$/.test(expected)) return undefined;
  const body = line.subarray(9);
  if (hex(crc32(body)) !== expected) return undefined;
  return body.toString('utf8');
}

/** A file's lines as byte ranges; the last one has `complete: false` when no newline ends it. */
export function splitLines(data: Buffer): { start: number; end: number; complete: boolean }[] {
  const lines: { start: number; end: number; complete: boolean }[] = [];
  let start = 0;
  while (start < data.length) {
    const newline = data.indexOf(0x0a, start);
    if (newline === -1) {
      lines.push({ start, end: data.length, complete: false });
      break;
    }
    lines.push({ start, end: newline, complete: true });
    start = newline + 1;
  }
  return lines;
}
