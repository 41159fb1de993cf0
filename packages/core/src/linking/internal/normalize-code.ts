/** A code as pclogin uses it, and what had to change to get there. */
export interface NormalizedCode {
  value: string;
  /** Human-readable descriptions of the changes, empty when the value was already clean. */
  changes: string[];
}

/**
 * NFKC and trimming (see `normalizeAccount`), plus the `="0001"` wrapper people type in Excel
 * to keep leading zeros.
 */
export function normalizeCode(raw: string): NormalizedCode {
  const changes: string[] = [];
  let value = raw.normalize('NFKC');
  if (value !== raw) changes.push('full-width characters');
  const trimmed = value.trim();
  if (trimmed !== value) changes.push('spaces around the value');
  value = trimmed;
  const formula = /^="(.*)"$/su.exec(value);
  if (formula) {
    value = (formula[1] ?? '').trim();
    changes.push('the Excel ="…" wrapper');
  }
  return { value, changes };
}

/** A value Excel displays in exponent form after reading a long digit string as a number. */
export function isExcelExponent(value: string): boolean {
  return /^\d+(\.\d+)?E\+\d+$/i.test(value);
}
