/**
 * Freezes a plain JSON value and everything in it, and returns it. Objects already frozen are
 * taken to be frozen all the way down (the reader only freezes that way), so parts reused from
 * an earlier checkpoint are not walked again.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}
