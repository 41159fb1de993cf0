/**
 * Cross-copy-safe type checks. `instanceof` fails when two copies of this package are loaded
 * (two versions in node_modules, or ESM and a bundled copy); a `Symbol.for` key is shared by
 * every copy in the process, so a brand set by one copy is recognised by the other.
 */
const key = (name: string): symbol => Symbol.for(`@pclogin/kot-client/${name}`);

/** Marks `target` as a `name`, invisible to JSON.stringify, util.inspect and for…in. */
export function brand(target: object, name: string): void {
  Object.defineProperty(target, key(name), { value: true, enumerable: false });
}

/** Whether `value` was marked as a `name` by any copy of this package. */
export function hasBrand(value: unknown, name: string): boolean {
  return (
    typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[key(name)] === true
  );
}
