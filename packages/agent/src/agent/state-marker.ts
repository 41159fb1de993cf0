import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AgentConfig } from '../config/agent-config.js';

/** The file in the state folder that says a ledger was created in it. */
export const STATE_MARKER_NAME = 'pclogin-state.json';

/**
 * Whether this state folder ever held a ledger. The marker sits beside the ledger's folder,
 * so that a ledger deleted (its folder, or every file in it) is told from a first start: the
 * first would send everything again, so it is refused as damaged. A state folder that does not
 * exist at all is a first start (the agent then lets KING OF TIME decide for days it never saw).
 */
export function hadLedger(config: Pick<AgentConfig, 'stateDirectory'>): boolean {
  return existsSync(join(config.stateDirectory, STATE_MARKER_NAME));
}

/** Records that the state folder holds a ledger now (owner-only, like everything the agent writes). */
export function markLedger(config: Pick<AgentConfig, 'stateDirectory'>, now: Date): void {
  const file = join(config.stateDirectory, STATE_MARKER_NAME);
  if (existsSync(file)) return;
  mkdirSync(config.stateDirectory, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') {
    try {
      chmodSync(config.stateDirectory, 0o700);
    } catch {
      // A folder another account owns (e.g. set up by an administrator for this one): its
      // owner chose its mode (`setup` makes it 0700 too).
    }
  }
  writeFileSync(
    file,
    `${JSON.stringify({ format: 'pclogin-state', ledger: 'ledger', createdAt: now.toISOString() })}\n`,
    { mode: 0o600 },
  );
}
