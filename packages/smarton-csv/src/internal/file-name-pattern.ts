/**
 * Turns a file name pattern into a test. A string is a glob over names (not paths): `*` any
 * run of characters, `?` one character, compared ignoring case (Windows file names are). A
 * RegExp is used as given.
 *
 * @example
 * fileNamePattern('SSOLog_*.csv')('ssolog_20240207.CSV') // → true
 */
export function fileNamePattern(pattern: string | RegExp): (name: string) => boolean {
  if (pattern instanceof RegExp) {
    const re = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
    return (name) => re.test(name);
  }
  const source = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
    .join('');
  const re = new RegExp(`^${source}$`, 'is');
  return (name) => re.test(name);
}
