/**
 * The delay before retry number `retry` (1 for the first): `initialMs · 2^(retry-1)`, capped
 * at `maxMs`, then reduced by up to 25 % at random so that clients do not retry in step.
 */
export function backoffDelay(
  retry: number,
  initialMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  const base = Math.min(initialMs * 2 ** (retry - 1), maxMs);
  return Math.round(base * (1 - random() * 0.25));
}
