import iconv from 'iconv-lite';
import { ConfigError } from '../errors/config-error.js';
import { t } from '../i18n/translate.js';

/** The encodings a configuration file is read in (what Windows' editors save). */
export type ConfigFileEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'shift_jis';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a configuration file as Windows' editors save it: UTF-8 with or without a BOM,
 * UTF-16 little or big endian (Notepad's "Unicode", with a BOM, or without one, known by the
 * `{` every JSON file starts with), or Shift_JIS / CP932 (an older Notepad's "ANSI" on a
 * Japanese Windows). Anything else is refused naming the encoding and how to save the file as
 * UTF-8: a path read in the wrong encoding would point at a folder that does not exist.
 *
 * @throws {ConfigError} when the bytes are none of these, or could be Shift_JIS as well as another encoding.
 */
export function decodeConfigText(
  bytes: Uint8Array,
  file: string,
): { text: string; encoding: ConfigFileEncoding } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf)
    return { text: decodeUtf8(buffer.subarray(3), file), encoding: 'utf-8-bom' };
  if (buffer[0] === 0xff && buffer[1] === 0xfe)
    return { text: utf16(buffer.subarray(2), 'le'), encoding: 'utf-16le' };
  if (buffer[0] === 0xfe && buffer[1] === 0xff)
    return { text: utf16(buffer.subarray(2), 'be'), encoding: 'utf-16be' };
  // UTF-16 without a BOM: the first character of JSON (`{`, or white space) is ASCII, so one of
  // its two bytes is zero.
  if (buffer.length >= 2 && buffer.length % 2 === 0) {
    if (buffer[0] !== 0 && buffer[1] === 0) return { text: utf16(buffer, 'le'), encoding: 'utf-16le' };
    if (buffer[0] === 0 && buffer[1] !== 0) return { text: utf16(buffer, 'be'), encoding: 'utf-16be' };
  }
  try {
    return { text: utf8.decode(buffer), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Shift_JIS, when every byte is, and nothing else reads as well.
  }
  const sjis = iconv.decode(buffer, 'cp932');
  const roundTrip = iconv.encode(sjis, 'cp932');
  if (sjis.includes('\ufffd') || !roundTrip.equals(buffer)) {
    throw refusal(
      file,
      t('config.encoding.unknown', { detail: isEucJp(buffer) ? 'EUC-JP' : firstBadByte(buffer) }),
    );
  }
  // Shift_JIS text almost always has a byte EUC-JP cannot have (a lead byte 0x81–0x9F, a
  // trail byte below 0xA1); bytes that are valid EUC-JP too could be either: refuse them rather
  // than guess a path.
  if (isEucJp(buffer)) {
    throw refusal(file, t('config.encoding.ambiguous', { detail: 'Shift_JIS / EUC-JP' }));
  }
  return { text: sjis, encoding: 'shift_jis' };
}

function decodeUtf8(bytes: Buffer, file: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw refusal(file, t('config.encoding.unknown', { detail: `UTF-8 BOM; ${firstBadByte(bytes)}` }));
  }
}

function utf16(bytes: Buffer, order: 'le' | 'be'): string {
  return iconv.decode(bytes, order === 'le' ? 'utf-16le' : 'utf-16be');
}

function refusal(file: string, message: string): ConfigError {
  return new ConfigError([{ field: '(file)', message }], file);
}

/** Where the first byte that is not UTF-8 is, e.g. `byte 0x83 at offset 12`. */
function firstBadByte(bytes: Buffer): string {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const length = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 0;
    const ok =
      length > 0 &&
      i + length <= bytes.length &&
      [...bytes.subarray(i + 1, i + length)].every((c) => c >= 0x80 && c <= 0xbf);
    if (!ok) return `0x${b.toString(16).padStart(2, '0')} @ ${i}`;
    i += length - 1;
  }
  return '?';
}

/** Whether every non-ASCII byte is in a valid EUC-JP sequence. */
function isEucJp(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const next = bytes[i + 1];
    if (next === undefined) return false;
    if (
      (b === 0x8e && next >= 0xa1 && next <= 0xdf) ||
      (b >= 0xa1 && b <= 0xfe && next >= 0xa1 && next <= 0xfe)
    ) {
      i++;
      continue;
    }
    return false;
  }
  return true;
}
