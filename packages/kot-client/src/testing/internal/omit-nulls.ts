/** A deep copy without null or undefined properties: KOT omits properties whose value is null. */
export function omitNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(omitNulls);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      if (field !== null && field !== undefined) result[key] = omitNulls(field);
    }
    return result;
  }
  return value;
}
