import type { LogFileEncoding } from '../layout/detected-layout.js';

/**
 * Turns file bytes into "unit strings" the record scanner works on, with a fixed number of
 * bytes per string unit so that a position in the string is a byte offset in the file:
 *
 * - UTF-8, CP932 and ASCII files become Latin-1 strings, one unit per byte. Line ends,
 *   quotes, commas and tabs are single bytes that never occur inside a multi-byte character
 *   of these encodings (CP932 trail bytes are 0x40–0xFC), so records and fields can be split
 *   on these strings and each field decoded afterwards, whole, never split mid-character.
 *   (A CP932 trail byte can be 0x5C `\`, which is why nothing is ever unescaped here.)
 * - UTF-16 files become the decoded text itself, one unit per two bytes (Node keeps lone
 *   surrogates as they are, so the length always matches); an odd byte at the end of a chunk
 *   waits for the next.
 */
export interface UnitCodec {
  /** Bytes per unit. */
  readonly width: 1 | 2;
  /** The units of `chunk`, continuing the previous chunk. */
  toUnits(chunk: Uint8Array): string;
  /** Bytes received but not yet turned into units (an odd byte of UTF-16). */
  readonly pendingBytes: number;
}

class Latin1Codec implements UnitCodec {
  readonly width = 1;
  readonly pendingBytes = 0;
  toUnits(chunk: Uint8Array): string {
    return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
  }
}

class Utf16Codec implements UnitCodec {
  readonly width = 2;
  private carry: number | undefined;

  constructor(private readonly bigEndian: boolean) {}

  get pendingBytes(): number {
    return this.carry === undefined ? 0 : 1;
  }

  toUnits(chunk: Uint8Array): string {
    let bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.carry !== undefined) {
      const joined = Buffer.allocUnsafe(bytes.length + 1);
      joined[0] = this.carry;
      bytes.copy(joined, 1);
      bytes = joined;
      this.carry = undefined;
    }
    const even = bytes.length & ~1;
    if (even !== bytes.length) this.carry = bytes[even];
    if (!this.bigEndian) return bytes.toString('utf16le', 0, even);
    const swapped = Buffer.allocUnsafe(even);
    bytes.copy(swapped, 0, 0, even);
    return swapped.swap16().toString('utf16le');
  }
}

/** A codec for a file's encoding. */
export function createUnitCodec(encoding: LogFileEncoding): UnitCodec {
  if (encoding === 'utf-16le') return new Utf16Codec(false);
  if (encoding === 'utf-16be') return new Utf16Codec(true);
  return new Latin1Codec();
}
