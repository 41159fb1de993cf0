import { join } from 'node:path';
import { FileLedgerStore } from '@pclogin/core';
import type { Clock } from '../clock/clock.js';
import type { AgentConfig } from '../config/agent-config.js';

/** The ledger's folder inside the state directory. */
export function ledgerDirectory(config: Pick<AgentConfig, 'stateDirectory'>): string {
  return join(config.stateDirectory, 'ledger');
}

/**
 * Opens (and locks) the agent's ledger in `<stateDirectory>/ledger`.
 *
 * @throws the core's `LedgerLockedError` when another agent has it open.
 * @example
 * const store = openAgentStore(config, clock);
 * try { … } finally { store.close(); }
 */
export function openAgentStore(config: Pick<AgentConfig, 'stateDirectory'>, clock: Clock): FileLedgerStore {
  return FileLedgerStore.open(ledgerDirectory(config), { now: clock });
}
