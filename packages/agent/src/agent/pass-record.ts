import { renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { AgentConfig } from '../config/agent-config.js';
import type { LocalizedText } from '../i18n/translate.js';

/** What the running agent notes after each pass, for the console's 状態 screen. */
export interface PassRecord {
  /** When the pass ended (ISO 8601). */
  at: string;
  /** When the next pass starts at the latest (ISO 8601); absent after `run --once`. */
  nextBy?: string;
  pid: number;
  hostname: string;
  events: number;
  sent: number;
  failed: number;
  /** Why delivery stopped before every due punch was tried (rate limit, outage, refused token). */
  stopped?: string;
  /** {@link PassRecord.stopped} in each language, for the console page's own. */
  stoppedByLang?: LocalizedText;
}

/** The file the pass record is kept in, in the state folder. */
export function passRecordFile(config: Pick<AgentConfig, 'stateDirectory'>): string {
  return join(config.stateDirectory, 'agent-pass.json');
}

/**
 * Writes the pass record (to a temporary file, then renamed over the old one, so a reader never
 * sees half of it). Not part of the ledger: losing it loses nothing but the console's note.
 */
export function writePassRecord(
  config: Pick<AgentConfig, 'stateDirectory'>,
  record: Omit<PassRecord, 'pid' | 'hostname'>,
): void {
  const file = passRecordFile(config);
  const temporary = `${file}.${process.pid}.tmp`;
  // Synchronous: a small file, and `run --once` may end right after its pass.
  writeFileSync(temporary, JSON.stringify({ ...record, pid: process.pid, hostname: hostname() }), {
    mode: 0o600,
  });
  renameSync(temporary, file);
}

/** The last pass record, when there is a readable one. */
export async function readPassRecord(
  config: Pick<AgentConfig, 'stateDirectory'>,
): Promise<PassRecord | undefined> {
  try {
    const value = JSON.parse(await readFile(passRecordFile(config), 'utf8')) as Partial<PassRecord>;
    return typeof value.at === 'string' ? (value as PassRecord) : undefined;
  } catch {
    return undefined;
  }
}
