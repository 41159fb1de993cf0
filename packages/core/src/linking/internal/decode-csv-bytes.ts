import iconv from 'iconv-lite';
import type { CsvEncoding } from '../csv-encoding.js';

/**
 * Text from a CSV file's bytes. `auto`: a BOM decides (UTF-8, or the UTF-16 Excel writes as
 * "Unicode text"); else bytes that are valid UTF-8 are UTF-8 (Japanese text in CP932 is
 * almost never valid UTF-8); else CP932, the Shift_JIS of Japanese Windows.
 */
export function decodeCsvBytes(
  bytes: Uint8Array,
  encoding: 'auto' | 'utf-8' | 'cp932' = 'auto',
): { text: string; encoding: CsvEncoding } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  if (encoding === 'cp932') return { text: iconv.decode(buffer, 'cp932'), encoding: 'cp932' };
  if (bom) return { text: new TextDecoder('utf-8').decode(buffer.subarray(3)), encoding: 'utf-8-bom' };
  if (encoding === 'utf-8') return { text: new TextDecoder('utf-8').decode(buffer), encoding: 'utf-8' };
  if (buffer[0] === 0xff && buffer[1] === 0xfe) {
    return { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    return { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(buffer, 'cp932'), encoding: 'cp932' };
  }
}
