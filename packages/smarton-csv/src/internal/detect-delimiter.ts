const CANDIDATES = [',', '\t'] as const;

/** Counts `delimiter` outside double quotes on one line. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) count++;
  }
  return count;
}

/**
 * Chooses comma or tab from the first lines of a file: the one that appears the same
 * non-zero number of times on the most lines (a tab-separated file may have commas inside
 * values, but rarely the same number on every line); on a tie, the one appearing more often
 * per line. Comma when neither appears.
 *
 * @param units the start of the file as a unit string (quoted line breaks may cut a line in
 *   two here, which only makes the vote a little noisier)
 */
export function detectDelimiter(units: string): ',' | '\t' {
  const lines = units
    .split('\n', 51)
    .slice(0, 50)
    .filter((l) => l.trim() !== '');
  let best: ',' | '\t' = ',';
  let bestScore = -1;
  for (const candidate of CANDIDATES) {
    const counts = lines.map((l) => countOutsideQuotes(l, candidate));
    const frequency = new Map<number, number>();
    for (const n of counts) if (n > 0) frequency.set(n, (frequency.get(n) ?? 0) + 1);
    // Lines with the most common count; among equals, the larger count (a tab-separated file
    // whose values each hold one comma has more tabs than commas per line).
    let score = 0;
    for (const [n, f] of frequency) score = Math.max(score, f * 1000 + Math.min(n, 999));
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
