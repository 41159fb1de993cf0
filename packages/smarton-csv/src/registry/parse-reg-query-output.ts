/** One value line of `reg query`. */
export interface RegValue {
  /** The value name as printed (`(Default)` / `(既定)` for the default value). */
  name: string;
  /** `REG_SZ`, `REG_EXPAND_SZ`, `REG_DWORD`, … */
  type: string;
  /** The data as printed (unexpanded for `REG_EXPAND_SZ`; empty for an empty string). */
  data: string;
}

/** Why `reg query` found nothing. */
export type RegQueryFailure = 'not-found' | 'blocked-by-policy' | 'reg-failed';

/** The parsed result of one `reg query`. */
export type RegQueryResult =
  | { ok: true; key: string; values: RegValue[] }
  | { ok: false; reason: RegQueryFailure; message: string };

const VALUE_LINE = /^ {4}(.+?) {4}(REG_[A-Z0-9_]+)(?: {4}(.*))?$/;
const BLOCKED = /disabled by your administrator|管理者によって無効/i;
const NOT_FOUND = /unable to find the specified registry key or value|見つかりませんでした|見つかりません/i;

/**
 * Parses the decoded output of `reg.exe query KEY /v NAME` (see `decodeRegOutput`). The exit
 * status decides success: with a missing value under an existing key, stdout still holds
 * blank lines while stderr has the error. Value lines are indented four spaces with four
 * spaces between name, type and data; the data may itself contain spaces.
 *
 * @param exitStatus reg.exe's exit status (0 found, 1 not found or error)
 * @param stderr its decoded standard error
 * @example
 * parseRegQueryOutput('\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\X\r\n    OutputDirectory    REG_SZ    D:\\Log\r\n', 0, '')
 * // → { ok: true, key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\X', values: [{ name: 'OutputDirectory', type: 'REG_SZ', data: 'D:\\Log' }] }
 */
export function parseRegQueryOutput(text: string, exitStatus: number, stderr: string): RegQueryResult {
  if (exitStatus !== 0) {
    const said = `${stderr}\n${text}`.trim();
    const message =
      said.split(/\r?\n/).find((l) => l.trim() !== '') ?? `reg.exe exited with status ${exitStatus}`;
    if (BLOCKED.test(said)) return { ok: false, reason: 'blocked-by-policy', message: message.trim() };
    if (NOT_FOUND.test(said)) return { ok: false, reason: 'not-found', message: message.trim() };
    return { ok: false, reason: 'reg-failed', message: message.trim() };
  }
  let key = '';
  const values: RegValue[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('HKEY_')) {
      key ||= line.trimEnd();
      continue;
    }
    const m = VALUE_LINE.exec(line);
    if (m) values.push({ name: m[1] as string, type: m[2] as string, data: m[3] ?? '' });
  }
  return { ok: true, key, values };
}
