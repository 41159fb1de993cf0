import { join } from 'node:path';
import { FileLedgerStore } from '@pclogin/core';
import type { Clock } from '../clock/clock.js';
import type { AgentConfig } from '../config/agent-config.js';
import { hadLedger, markLedger } from './state-marker.js';

/** The ledger's folder inside the state directory. */
export function ledgerDirectory(config: Pick<AgentConfig, 'stateDirectory'>): string {
  return join(config.stateDirectory, 'ledger');
}

/**
 * Opens (and locks) the agent's ledger in `<stateDirectory>/ledger`; `repair` opens a damaged
 * or restored one (see the core's `FileLedgerStoreOptions.repair`).
 *
 * @throws the core's `LedgerLockedError` when another agent has it open, `LedgerCorruptError`
 *   when it is damaged, or missing from a state folder that had one, and `repair` is not set.
 * @example
 * const store = openAgentStore(config, clock);
 * try { … } finally { store.close(); }
 */
export function openAgentStore(
  config: Pick<AgentConfig, 'stateDirectory'>,
  clock: Clock,
  { repair = false }: { repair?: boolean } = {},
): FileLedgerStore {
  const store = FileLedgerStore.open(ledgerDirectory(config), {
    now: clock,
    expectExisting: hadLedger(config),
    ...(repair ? { repair } : {}),
  });
  try {
    markLedger(config, clock());
  } catch (error) {
    store.close();
    throw error;
  }
  return store;
}
