import { SmartonCsvOptionsError } from '../errors/smarton-csv-options-error.js';

/**
 * The test the folder reader applies to file names (its `pattern` option), for tools that
 * pick log files themselves and must pick exactly the files the reader reads. A string is a
 * glob over names, not paths: `*` any run of characters, `?` one character, everything else
 * literal, compared ignoring case (Windows file names are). A RegExp is used as given
 * (without its `g`/`y` flags, so the test keeps no state between names).
 *
 * @param pattern - A glob such as `*.csv`, or a RegExp.
 * @returns A function telling whether a file name (not a path) matches.
 * @throws {SmartonCsvOptionsError} when `pattern` is an empty string or neither a string nor a RegExp.
 * @example
 * const matches = fileNameMatcher('SSOLog_*.csv');
 * matches('ssolog_20240207.CSV'); // → true
 * const files = (await readdir(folder)).filter(matches);
 */
export function fileNameMatcher(pattern: string | RegExp): (name: string) => boolean {
  if (pattern instanceof RegExp) {
    const re = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
    return (name) => re.test(name);
  }
  if (typeof pattern !== 'string' || pattern === '') {
    throw new SmartonCsvOptionsError([
      { path: 'pattern', message: 'a file name glob such as *.csv, or a RegExp' },
    ]);
  }
  const source = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
    .join('');
  const re = new RegExp(`^${source}$`, 'is');
  return (name) => re.test(name);
}
