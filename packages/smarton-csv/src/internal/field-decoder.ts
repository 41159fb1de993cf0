import iconv from 'iconv-lite';
import type { LogFileEncoding } from '../layout/detected-layout.js';
import { isValidUtf8 } from './detect-encoding.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function isAscii(units: string): boolean {
  for (let i = 0; i < units.length; i++) if (units.charCodeAt(i) >= 0x80) return false;
  return true;
}

/**
 * Decodes the unit string of one field (see `unit-codec.ts`) into text, or says it cannot.
 * A file first seen as pure ASCII settles on UTF-8 or CP932 at its first other byte.
 */
export class FieldDecoder {
  constructor(
    public encoding: LogFileEncoding,
    private readonly onSettle?: (encoding: LogFileEncoding) => void,
  ) {}

  /** The text of `units`, or `undefined` when the bytes are not valid in the encoding. */
  decode(units: string): string | undefined {
    switch (this.encoding) {
      case 'utf-16le':
      case 'utf-16be':
        return LONE_SURROGATE.test(units) ? undefined : units;
      case 'ascii':
        if (isAscii(units)) return units;
        this.settle(units);
        return this.decode(units);
      case 'utf-8':
        if (isAscii(units)) return units;
        try {
          return strictUtf8.decode(Buffer.from(units, 'latin1'));
        } catch {
          return undefined;
        }
      case 'cp932': {
        if (isAscii(units)) return units;
        const text = iconv.decode(Buffer.from(units, 'latin1'), 'cp932');
        // iconv-lite puts U+FFFD where bytes are invalid; CP932 has no such character.
        return text.includes('\uFFFD') ? undefined : text;
      }
    }
  }

  /** The text of `units` with U+FFFD for undecodable bytes, for messages. */
  decodeLossy(units: string): string {
    switch (this.encoding) {
      case 'utf-16le':
      case 'utf-16be':
        return units.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD');
      case 'cp932':
        return iconv.decode(Buffer.from(units, 'latin1'), 'cp932');
      default:
        return Buffer.from(units, 'latin1').toString('utf8');
    }
  }

  /**
   * While the encoding is `ascii`, settles it from a whole row that has other bytes: more
   * bytes are better evidence than one field.
   */
  settleFrom(rowUnits: string): void {
    if (this.encoding === 'ascii' && !isAscii(rowUnits)) this.settle(rowUnits);
  }

  private settle(units: string): void {
    this.encoding = isValidUtf8(Buffer.from(units, 'latin1')) ? 'utf-8' : 'cp932';
    this.onSettle?.(this.encoding);
  }
}
