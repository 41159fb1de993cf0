import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { detectEncoding } from './detect-encoding.js';

const text = '日時,SmartOnアカウント,イベント\r\n2024/02/07 09:03:12,1000,ログオン\r\n';

describe('detectEncoding', () => {
  test('a byte order mark decides first', () => {
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), 'auto', true)).toEqual({
      encoding: 'utf-8',
      source: 'bom',
      bomLength: 3,
    });
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x41, 0]), 'auto', true).encoding).toBe('utf-16le');
    expect(detectEncoding(Buffer.from([0xfe, 0xff, 0, 0x41]), 'auto', true).encoding).toBe('utf-16be');
  });

  test('valid UTF-8 is UTF-8, anything else CP932', () => {
    expect(detectEncoding(Buffer.from(text), 'auto', true).encoding).toBe('utf-8');
    expect(detectEncoding(iconv.encode(text, 'cp932'), 'auto', true).encoding).toBe('cp932');
  });

  test('a multi-byte character cut at the end of a sample does not make UTF-8 look invalid', () => {
    const bytes = Buffer.from(text);
    const cut = bytes.subarray(0, bytes.indexOf(Buffer.from('ログオン')) + 2);
    expect(detectEncoding(cut, 'auto', false).encoding).toBe('utf-8');
  });

  test('pure ASCII stays undecided', () => {
    expect(detectEncoding(Buffer.from('2024/02/07 09:03:12,1000,LOGON\r\n'), 'auto', true).encoding).toBe(
      'ascii',
    );
  });

  test('UTF-16 without a byte order mark is recognised by its zero bytes', () => {
    expect(detectEncoding(Buffer.from(text, 'utf16le'), 'auto', true).encoding).toBe('utf-16le');
    expect(detectEncoding(Buffer.from(text, 'utf16le').swap16(), 'auto', true).encoding).toBe('utf-16be');
  });

  test('a configured encoding wins and skips only its own byte order mark', () => {
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), 'utf-8', true)).toEqual({
      encoding: 'utf-8',
      source: 'configured',
      bomLength: 3,
    });
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), 'shift_jis', true)).toEqual({
      encoding: 'cp932',
      source: 'configured',
      bomLength: 0,
    });
  });
});
