// A cell that starts with = + - @ (or a tab or carriage return, which Excel skips before one)
// is run as a formula when a spreadsheet opens the CSV: `=HYPERLINK(…)` in a name from KING OF
// TIME or a service account would be a link, or worse, in the administrator's Excel. Such a
// cell is written with a leading apostrophe (shown as text, not a formula), and the apostrophe
// is removed again on reading, so that the value survives the round trip unchanged.

const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether a spreadsheet would take `value` for a formula. */
export function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value);
}

/**
 * Whether a value gets the apostrophe: a formula-like one, and one that already starts with
 * apostrophes before a formula-like rest (so that reading back removes exactly the one added).
 */
function needsApostrophe(value: string): boolean {
  return looksLikeFormula(value.replace(/^'+/, ''));
}

/** `value` as it is safe to write into a cell. */
export function neutralizeFormula(value: string): string {
  return needsApostrophe(value) ? `'${value}` : value;
}

/** A value read back from a cell: the apostrophe {@link neutralizeFormula} added, removed. */
export function restoreFormula(value: string): string {
  return value.startsWith("'") && needsApostrophe(value.slice(1)) ? value.slice(1) : value;
}
