/**
 * Accounts that are Windows itself rather than a person. Compared case-insensitively.
 * `SYSTEM`, `LOCAL SERVICE` and `NETWORK SERVICE` keep their English names on Japanese
 * Windows; `-` is what the event writes when there is no account.
 */
const systemAccountNames = new Set(['system', 'local service', 'network service', 'anonymous logon', '-']);

/**
 * Whether an account name belongs to Windows rather than a person: a machine account
 * (`PC01$`), `SYSTEM`, `LOCAL SERVICE`, `NETWORK SERVICE`, `ANONYMOUS LOGON`, or the
 * per-session Desktop Window Manager (`DWM-1`) and font driver host (`UMFD-0`) accounts that
 * Windows logs on interactively at every sign-in.
 *
 * @example
 * isSystemAccount('PC01$'); // → true
 * isSystemAccount('DWM-3'); // → true
 * isSystemAccount('yamada'); // → false
 */
export function isSystemAccount(name: string): boolean {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.endsWith('$')) return true;
  if (/^(?:DWM|UMFD)-\d+$/i.test(trimmed)) return true;
  return systemAccountNames.has(trimmed.toLowerCase());
}
