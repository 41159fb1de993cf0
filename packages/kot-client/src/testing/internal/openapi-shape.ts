/** A response schema as stored in `__fixtures__/openapi` (an OpenAPI subset, `$ref`s inlined). */
export interface FixtureSchema {
  type?: string;
  required?: string[];
  properties?: Record<string, FixtureSchema>;
  items?: FixtureSchema;
  enum?: unknown[];
}

/**
 * True when `path` may be absent: it, or a property or array above it, is listed; an entry
 * starting with `*` matches any path ending with the rest (`*.currentDateEmployee.lastNamePhonetics`).
 */
export function isOmittable(path: string, omittable: ReadonlySet<string>): boolean {
  for (const entry of omittable) {
    if (entry.startsWith('*') ? path.endsWith(entry.slice(1)) : path === entry) return true;
    if (!entry.startsWith('*') && (path.startsWith(`${entry}.`) || path.startsWith(`${entry}[`))) return true;
  }
  return false;
}

/**
 * Where `value` does not fit `schema`: wrong types, values outside an enum, properties the schema
 * does not know, and required properties that are missing unless their path is in `omittable`
 * (KOT omits properties whose value is null). Paths read `[].dailyWorkings[].timeRecord[].code`.
 */
export function shapeProblems(
  value: unknown,
  schema: FixtureSchema,
  omittable: ReadonlySet<string> = new Set(),
  path = '',
): string[] {
  const type = schema.type ?? (schema.properties ? 'object' : schema.items ? 'array' : undefined);
  const problems: string[] = [];
  if (schema.enum && !schema.enum.includes(value))
    problems.push(`${path}: ${JSON.stringify(value)} not in enum`);
  switch (type) {
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value))
        return [`${path}: expected an object`];
      const record = value as Record<string, unknown>;
      for (const key of schema.required ?? []) {
        const keyPath = join(path, key);
        if (!(key in record) && !isOmittable(keyPath, omittable))
          problems.push(`${keyPath}: required but missing`);
      }
      for (const [key, field] of Object.entries(record)) {
        const keyPath = join(path, key);
        const fieldSchema = schema.properties?.[key];
        if (!fieldSchema) problems.push(`${keyPath}: not in the documented schema`);
        else problems.push(...shapeProblems(field, fieldSchema, omittable, keyPath));
      }
      return problems;
    }
    case 'array':
      if (!Array.isArray(value)) return [`${path}: expected an array`];
      return value.flatMap((item) =>
        schema.items ? shapeProblems(item, schema.items, omittable, `${path}[]`) : [],
      );
    case 'string':
      return typeof value === 'string' ? problems : [...problems, `${path}: expected a string`];
    case 'integer':
      return Number.isInteger(value) ? problems : [...problems, `${path}: expected an integer`];
    case 'number':
      return typeof value === 'number' ? problems : [...problems, `${path}: expected a number`];
    case 'boolean':
      return typeof value === 'boolean' ? problems : [...problems, `${path}: expected a boolean`];
    default:
      return problems;
  }
}

/** Every property path in a JSON value, e.g. `[].dailyWorkings[].employeeKey`. */
export function keyPaths(value: unknown, path = '', into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) keyPaths(item, `${path}[]`, into);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) {
      const keyPath = join(path, key);
      into.add(keyPath);
      keyPaths(field, keyPath, into);
    }
  }
  return into;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
