/** Exponential backoff: `base × 2^(attempt−1)`, at most `max` (ms). Attempt 1 waits `base`. */
export function backoffMs(attempt: number, base: number, max: number): number {
  return Math.min(max, base * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
}
