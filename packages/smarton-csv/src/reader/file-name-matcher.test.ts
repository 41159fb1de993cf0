import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SmartonCsvOptionsError } from '../errors/smarton-csv-options-error.js';
import { fileNameMatcher } from './file-name-matcher.js';

describe('fileNameMatcher', () => {
  test('a glob over names: * and ?, ignoring case, everything else literal', () => {
    const m = fileNameMatcher('SSOLog_????.csv');
    expect(m('ssolog_2024.CSV')).toBe(true);
    expect(m('SSOLog_24.csv')).toBe(false);
    const literal = fileNameMatcher('log[1]+(a).csv');
    expect(literal('log[1]+(a).csv')).toBe(true);
    expect(literal('log1+a.csv')).toBe(false);
    expect(fileNameMatcher('*.csv')('a.csv.bak')).toBe(false);
  });

  test('a RegExp is used as given, even with the global flag', () => {
    const m = fileNameMatcher(/^log-\d+\.txt$/g);
    expect(m('log-1.txt')).toBe(true);
    expect(m('log-1.txt')).toBe(true);
    expect(m('log-x.txt')).toBe(false);
  });

  test('an empty or non-string pattern is refused, naming the option', () => {
    expect(() => fileNameMatcher('')).toThrow(SmartonCsvOptionsError);
    expect(() => fileNameMatcher(42 as unknown as string)).toThrow(/pattern: a file name glob/);
  });

  test('any name matches itself as a glob (its own case or another) and `*`; a longer name does not', () => {
    // Printable ASCII, where upper and lower case map one to one.
    const name = fc.string({ unit: 'grapheme-ascii', minLength: 1 }).filter((n) => !/[*?]/.test(n));
    fc.assert(
      fc.property(name, (n) => {
        expect(fileNameMatcher(n)(n)).toBe(true);
        expect(fileNameMatcher(n.toUpperCase())(n.toLowerCase())).toBe(true);
        expect(fileNameMatcher('*')(n)).toBe(true);
        expect(fileNameMatcher(n)(`${n}x`)).toBe(false);
      }),
    );
  });
});
