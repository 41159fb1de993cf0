import iconv from 'iconv-lite';

/** The text of an export file and the encoding it was read as. */
export interface DecodedExport {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'cp932';
}

/**
 * Decodes an export file. PowerShell 7 writes UTF-8 without a BOM; Windows PowerShell 5.1
 * writes ASCII by default, UTF-8 with a BOM with `-Encoding UTF8`, UTF-16 with a BOM with
 * `-Encoding Unicode`/`BigEndianUnicode`, and the ANSI code page (CP932 on Japanese Windows)
 * with `-Encoding Default`. A file that is not valid UTF-8 and has no BOM is that last case.
 */
export function decodeExport(bytes: Uint8Array): DecodedExport {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(body), 'cp932'), encoding: 'cp932' };
  }
}
