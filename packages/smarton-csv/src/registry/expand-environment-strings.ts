/**
 * Expands `%NAME%` references the way Windows expands `REG_EXPAND_SZ` data: names compared
 * ignoring case, an undefined name left as written (`%NOPE%` stays).
 *
 * @example
 * expandEnvironmentStrings('%ProgramData%\\SmartOn\\Log', { PROGRAMDATA: 'C:\\ProgramData' })
 * // → 'C:\\ProgramData\\SmartOn\\Log'
 */
export function expandEnvironmentStrings(
  value: string,
  env: Readonly<Record<string, string | undefined>>,
): string {
  const byName = new Map<string, string>();
  for (const [name, v] of Object.entries(env)) if (v !== undefined) byName.set(name.toLowerCase(), v);
  let out = '';
  let i = 0;
  while (i < value.length) {
    const open = value.indexOf('%', i);
    if (open < 0) break;
    const close = value.indexOf('%', open + 1);
    if (close < 0) break;
    const expansion = byName.get(value.slice(open + 1, close).toLowerCase());
    if (expansion === undefined || close === open + 1) {
      // Not a variable: keep the first % and look again from the second one.
      out += value.slice(i, close);
      i = close;
      continue;
    }
    out += value.slice(i, open) + expansion;
    i = close + 1;
  }
  return out + value.slice(i);
}
