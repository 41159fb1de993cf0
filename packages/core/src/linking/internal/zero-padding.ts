/**
 * Directory codes that are `code` with leading zeros added (`1` → `0001`), the damage Excel
 * does to codes it reads as numbers.
 */
export function zeroPaddedMatches(code: string, directoryCodes: Iterable<string>): string[] {
  if (!/^\d+$/.test(code)) return [];
  const stripped = code.replace(/^0+(?=\d)/, '');
  const matches: string[] = [];
  for (const candidate of directoryCodes) {
    if (candidate !== code && /^0\d*$/.test(candidate) && candidate.replace(/^0+(?=\d)/, '') === stripped) {
      matches.push(candidate);
    }
  }
  return matches.sort();
}

/**
 * The length of the file's zero-padded numeric codes (the most common one), when there are
 * any: a shorter numeric code without leading zeros may have lost them.
 */
export function paddedLength(codes: readonly string[]): number | undefined {
  const counts = new Map<number, number>();
  for (const code of codes) {
    if (/^0\d+$/.test(code)) counts.set(code.length, (counts.get(code.length) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [length, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && length > best)) {
      best = length;
      bestCount = count;
    }
  }
  return best;
}
