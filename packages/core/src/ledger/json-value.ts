/**
 * A value that survives `JSON.stringify` → `JSON.parse` unchanged: what the ledger stores for
 * checkpoints, aggregator state and caches. (A `Date` or a class instance must be turned into
 * one of these first, e.g. by a `toJSON()`.)
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
