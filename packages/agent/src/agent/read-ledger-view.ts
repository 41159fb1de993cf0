import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileLedgerStore, type LedgerStore, MemoryLedgerStore } from '@pclogin/core';
import type { Clock } from '../clock/clock.js';
import type { AgentConfig } from '../config/agent-config.js';
import { ledgerDirectory } from './open-agent-store.js';

/** A read-only look at the ledger, as it was when the view was taken. Close it when done. */
export interface LedgerView {
  /** The copy to read; its changes go nowhere. */
  store: LedgerStore;
  /** Whether a ledger exists (`false`: the agent never ran with this state directory). */
  exists: boolean;
  /** The ledger's folder. */
  directory: string;
  close(): void;
}

/**
 * Reads the ledger without taking its lock, so that `status`, `doctor` and the `links`
 * commands work while the service runs and can never make the service's start fail: the
 * ledger's files are copied aside and the copy is opened. A commit in progress is either in
 * the copy or not (a torn last line is dropped, as after a crash); a punch the service is
 * sending at that moment shows as uncertain.
 */
export function readLedgerView(config: Pick<AgentConfig, 'stateDirectory'>, clock: Clock): LedgerView {
  const directory = ledgerDirectory(config);
  // The log before the snapshot: compaction writes a new snapshot and only then empties the
  // log, so a log copied first is either still complete or covered by the newer snapshot
  // (replay skips what the snapshot already holds). The other order could miss commits.
  const files = ['wal.jsonl', 'snapshot.jsonl'].filter((f) => existsSync(join(directory, f)));
  if (files.length === 0) return { store: new MemoryLedgerStore(), exists: false, directory, close() {} };
  const copy = mkdtempSync(join(tmpdir(), 'pclogin-ledger-view-'));
  try {
    for (const f of files) copyFileSync(join(directory, f), join(copy, f));
    const store = FileLedgerStore.open(copy, { now: clock, repair: true });
    return {
      store,
      exists: true,
      directory,
      close() {
        store.close();
        rmSync(copy, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(copy, { recursive: true, force: true });
    throw error;
  }
}
