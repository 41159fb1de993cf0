/** The text ends inside a quoted field (or right after a quote that may be doubled). */
export const OPEN_QUOTE = -1;
/** The text ends with the record's quotes all closed but without a line feed. */
export const NO_LINE_END = -2;

/**
 * Finds the line feed that ends a record containing double quotes, with the rules csv-parse
 * applies under `relax_quotes`: a quote opens a quoted field only at the start of a field;
 * inside it `""` is a quote and a lone `"` closes it; anything after the closing quote up to
 * the delimiter is kept literally. Line feeds inside quoted fields belong to the record.
 *
 * Records without any quote never come here: the parser finds their end with `indexOf`.
 *
 * @param final whether no more text follows (then a quote at the very end closes its field)
 * @returns the index of the ending line feed, {@link OPEN_QUOTE} or {@link NO_LINE_END}
 */
export function scanQuotedRecord(text: string, pos: number, delimiter: number, final: boolean): number {
  const n = text.length;
  let i = pos;
  let fieldStart = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (fieldStart && c === 34) {
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return OPEN_QUOTE;
        if (q + 1 >= n) {
          if (!final) return OPEN_QUOTE;
          return NO_LINE_END;
        }
        if (text.charCodeAt(q + 1) === 34) {
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      fieldStart = false;
      continue;
    }
    if (c === 10) return i;
    fieldStart = c === delimiter;
    i++;
  }
  return NO_LINE_END;
}

/** Number of line feeds in `text` between `from` and `to`. */
export function countLineFeeds(text: string, from: number, to: number): number {
  let count = 0;
  let i = text.indexOf('\n', from);
  while (i >= 0 && i < to) {
    count++;
    i = text.indexOf('\n', i + 1);
  }
  return count;
}
