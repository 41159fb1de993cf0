import { describe, expect, test } from 'vitest';
import { detectDelimiter } from './detect-delimiter.js';
import { fileNamePattern } from './file-name-pattern.js';

describe('fileNamePattern', () => {
  test('a glob over names: * and ?, ignoring case, everything else literal', () => {
    const m = fileNamePattern('SSOLog_????.csv');
    expect(m('ssolog_2024.CSV')).toBe(true);
    expect(m('SSOLog_24.csv')).toBe(false);
    const literal = fileNamePattern('log[1]+(a).csv');
    expect(literal('log[1]+(a).csv')).toBe(true);
    expect(literal('log1+a.csv')).toBe(false);
    expect(fileNamePattern('*.csv')('a.csv.bak')).toBe(false);
  });

  test('a RegExp is used as given, even with the global flag', () => {
    const m = fileNamePattern(/^log-\d+\.txt$/g);
    expect(m('log-1.txt')).toBe(true);
    expect(m('log-1.txt')).toBe(true);
    expect(m('log-x.txt')).toBe(false);
  });
});

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
