import type { LogFileEncoding } from '../layout/detected-layout.js';
import type { ResolvedSmartonCsvOptions } from '../options/smarton-csv-options.js';

/** The encoding decided for a file and how. */
export interface EncodingDecision {
  encoding: LogFileEncoding;
  source: 'bom' | 'configured' | 'content';
  bomLength: number;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Whether `bytes` are valid UTF-8 (no replacement needed anywhere). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function bomOf(bytes: Uint8Array): { encoding: LogFileEncoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * UTF-16 without a byte order mark: text that is mostly ASCII has a zero byte in every other
 * position. Cheap to check and it saves a confusing "undecodable" report.
 */
function utf16ByZeros(bytes: Uint8Array): LogFileEncoding | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Decides the encoding of a file from its first bytes: the configured one; else a byte order
 * mark; else UTF-16 by its zero bytes; else UTF-8 when the bytes are strictly valid UTF-8;
 * else CP932. When the sample is pure ASCII the answer is `ascii`, decided later at the first
 * other byte.
 *
 * @param sample the first bytes of the file
 * @param final whether the sample is the whole file (otherwise its last, possibly cut,
 *   character is not judged)
 */
export function detectEncoding(
  sample: Uint8Array,
  configured: ResolvedSmartonCsvOptions['encoding'],
  final: boolean,
): EncodingDecision {
  const bom = bomOf(sample);
  if (configured !== 'auto') {
    const encoding: LogFileEncoding = configured === 'shift_jis' ? 'cp932' : configured;
    return { encoding, source: 'configured', bomLength: bom && bom.encoding === encoding ? bom.length : 0 };
  }
  if (bom) return { encoding: bom.encoding, source: 'bom', bomLength: bom.length };
  const utf16 = utf16ByZeros(sample);
  if (utf16) return { encoding: utf16, source: 'content', bomLength: 0 };
  let end = sample.length;
  if (!final) {
    // Do not judge a multi-byte character cut at the end of the sample: stop after the last
    // ASCII byte, which always ends a character in UTF-8.
    while (end > 0 && (sample[end - 1] as number) >= 0x80) end--;
  }
  let ascii = true;
  for (let i = 0; i < end; i++) {
    if ((sample[i] as number) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return { encoding: 'ascii', source: 'content', bomLength: 0 };
  return {
    encoding: isValidUtf8(sample.subarray(0, end)) ? 'utf-8' : 'cp932',
    source: 'content',
    bomLength: 0,
  };
}
