// Small statistics and formatting helpers shared by the suites.

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** @param {number} n @param {number} [digits] */
export const round = (n, digits = 2) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : n);

export const mb = (bytes) => bytes / 1e6;
export const mib = (bytes) => bytes / 2 ** 20;

/** A ratio with a verdict against a target: `1.32× (target ≤ 1.5×: ok)`. */
export function verdict(value, target, { atMost = true, unit = '×' } = {}) {
  const ok = atMost ? value <= target : value >= target;
  return `${round(value)}${unit} (target ${atMost ? '≤' : '≥'} ${target}${unit}: ${ok ? 'met' : 'MISSED'})`;
}

/** Runs `fn` `times` times, alternating with others when given as an array, and returns all results. */
export async function repeat(times, fn) {
  const results = [];
  for (let i = 0; i < times; i++) results.push(await fn(i));
  return results;
}
