import iconv from 'iconv-lite';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes what reg.exe printed. reg.exe writes in the console code page, which is CP932 on
 * Japanese Windows (and UTF-8 when the system uses UTF-8 for it): bytes that are valid UTF-8
 * are read as UTF-8, anything else as CP932, so that a folder such as `D:\ログ` survives.
 * A UTF-16LE byte order mark (redirected Unicode output) is honoured too.
 *
 * @example
 * decodeRegOutput(iconv.encode('    OutputDirectory    REG_SZ    D:\\ログ', 'cp932')) // → '    OutputDirectory    REG_SZ    D:\ログ'
 */
export function decodeRegOutput(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return Buffer.from(bytes.buffer, bytes.byteOffset + 2, bytes.byteLength - 2).toString('utf16le');
  }
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'cp932');
  }
}
