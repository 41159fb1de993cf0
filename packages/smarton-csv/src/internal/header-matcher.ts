import type { ColumnRole } from '../schema/column-role.js';
import { defaultHeaderNames } from '../schema/header-names.js';
import { normalizeHeaderName } from '../schema/normalize-name.js';

interface Candidate {
  role: ColumnRole;
  /** Lower wins when several columns name the same role. */
  rank: number;
}

const known = new Map<string, Candidate>();
for (const [role, names] of Object.entries(defaultHeaderNames) as [ColumnRole, readonly string[]][]) {
  names.forEach((name, rank) => {
    const key = normalizeHeaderName(name);
    if (!known.has(key)) known.set(key, { role, rank });
  });
}
const FIRST_GENERIC_ACCOUNT = defaultHeaderNames.account.findIndex((n) => !/smarton/i.test(n));
const ACCOUNT_WORD = /アカウント|ユーザ|id|account|user/;

/**
 * The role a header name stands for, if any. Besides the listed names, any name containing
 * "SmartOn" and an account word (`SmartOnログオンID`) is an account, ranked after the listed
 * SmartOn names and before the generic ones: the SmartOn account wins.
 */
export function matchHeaderName(name: string): Candidate | undefined {
  const key = normalizeHeaderName(name);
  const exact = known.get(key);
  if (exact) return exact;
  if (key.includes('smarton') && !key.includes('windows') && ACCOUNT_WORD.test(key)) {
    return { role: 'account', rank: FIRST_GENERIC_ACCOUNT - 0.5 };
  }
  return undefined;
}
