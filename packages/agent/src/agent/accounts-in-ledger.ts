import type { LedgerStore } from '@pclogin/core';
import { AGGREGATOR_STATE_KEY } from '../runner/run-once.js';

/**
 * The accounts whose logs the ledger keeps in its open working days (linked or not): with the
 * newest log files, what `links check` and `doctor` compare the サービスアカウント column with.
 */
export function accountsInLedger(store: LedgerStore): Set<string> {
  const accounts = new Set<string>();
  for (const [, value] of store.stateEntries(`${AGGREGATOR_STATE_KEY}/day/`)) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const day = value as { account?: unknown; first?: { account?: unknown }; last?: { account?: unknown } };
    for (const account of [day.account, day.first?.account, day.last?.account]) {
      if (typeof account === 'string' && account !== '') accounts.add(account);
    }
  }
  return accounts;
}
