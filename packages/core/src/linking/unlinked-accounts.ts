import type { LinkRow } from './account-link.js';
import { normalizeAccount } from './normalize-account.js';

/**
 * The accounts seen in logs that no link covers (no row with that サービスアカウント and an
 * employee code), normalised, without repeats, in first-seen order: the people who get no
 * punches because nobody linked them.
 *
 * @example
 * unlinkedAccounts(['1000', 'guest', '１０００'], links) // → ['guest'] when 1000 is linked
 */
export function unlinkedAccounts(accounts: Iterable<string>, links: readonly LinkRow[]): string[] {
  const linked = new Set<string>();
  for (const link of links) {
    if (normalizeAccount(link.employeeCode) !== '') linked.add(normalizeAccount(link.serviceAccount));
  }
  const result = new Set<string>();
  for (const account of accounts) {
    const normalized = normalizeAccount(account);
    if (normalized !== '' && !linked.has(normalized)) result.add(normalized);
  }
  return [...result];
}
