/**
 * How header names are compared: Unicode NFKC (full-width and half-width forms become one),
 * lower case, and without white space, quotes, brackets of quotation (「」『』), underscores,
 * hyphens, dots, slashes or middle dots — so `SmartOn ID`, `ＳｍａｒｔＯｎ＿ＩＤ` and
 * `"smarton-id"` compare equal.
 *
 * @example
 * normalizeHeaderName(' ＩＰアドレス ') // → 'ipアドレス'
 */
export function normalizeHeaderName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s"'`「」『』_\-./・\uFEFF]/g, '');
}
