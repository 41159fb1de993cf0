import { describe, expect, test } from 'vitest';
import { detectDelimiter } from './detect-delimiter.js';

describe('detectDelimiter', () => {
  test('the delimiter with a steady count per line wins', () => {
    expect(detectDelimiter('a,b,c\nd,e,f\n')).toBe(',');
    expect(detectDelimiter('a\tb, c\td\ne\tf\tg, h\n')).toBe('\t');
  });

  test('on a tie, the one appearing more often per line', () => {
    expect(detectDelimiter('a\tb\tc, d\ne\tf\tg, h\n')).toBe('\t');
  });

  test('quoted delimiters do not count; no delimiter at all means comma', () => {
    expect(detectDelimiter('"a,b"\tc\n"d,e"\tf\n')).toBe('\t');
    expect(detectDelimiter('abc\n')).toBe(',');
  });
});
