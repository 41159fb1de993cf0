import type { LogEventKind } from '@pclogin/core';

/**
 * The event words recognised out of the box, compared after {@link normalizeEventWord}
 * (so `ﾛｸﾞｵﾝ`, `Logon`, `LOG ON` and `log-on` are all `logon`). Any other word becomes kind
 * `other` with the word kept in `raw`; add words with the `eventWords` option.
 */
export const defaultEventWords: Readonly<Record<string, Exclude<LogEventKind, 'other'>>> = {
  ログオン: 'logon',
  ログイン: 'logon',
  サインイン: 'logon',
  logon: 'logon',
  login: 'logon',
  signin: 'logon',
  ログオフ: 'logoff',
  ログアウト: 'logoff',
  サインアウト: 'logoff',
  logoff: 'logoff',
  logout: 'logoff',
  signout: 'logoff',
  ロック: 'lock',
  lock: 'lock',
  アンロック: 'unlock',
  ロック解除: 'unlock',
  unlock: 'unlock',
};

/**
 * How event words are compared: Unicode NFKC, case folded, without white space, hyphens or
 * underscores.
 *
 * @example
 * normalizeEventWord(' ﾛｸﾞｵﾝ ') // → 'ログオン'
 * normalizeEventWord('Log-On') // → 'logon'
 */
export function normalizeEventWord(word: string): string {
  return word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_]/g, '');
}
