import { existsSync } from 'node:fs';
import { FileLedgerStore, type LedgerStore } from '@pclogin/core';
import type { Clock } from '../clock/clock.js';
import type { AgentConfig } from '../config/agent-config.js';
import { ledgerDirectory } from './open-agent-store.js';
import { hadLedger } from './state-marker.js';

/** A read-only look at the ledger. Close it when done. */
export interface LedgerView {
  /** The ledger as last committed; it refuses `commit`. */
  store: LedgerStore;
  /** Whether a ledger exists (`false`: the agent never ran with this state directory). */
  exists: boolean;
  /** The ledger's folder. */
  directory: string;
  close(): void;
}

/**
 * Opens the ledger read-only, without its lock, so that `status`, `doctor` and the `links`
 * commands work while the service runs and can never keep the service from starting. A punch
 * the service is sending at that moment shows as `sending`.
 */
export function readLedgerView(config: Pick<AgentConfig, 'stateDirectory'>, clock: Clock): LedgerView {
  const directory = ledgerDirectory(config);
  const exists = existsSync(directory);
  const store = FileLedgerStore.open(directory, {
    readOnly: true,
    now: clock,
    expectExisting: hadLedger(config),
  });
  return { store, exists, directory, close: () => store.close() };
}
