import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SecurityEventSkipReason } from './classify-security-event.js';
import { parseSecurityEvents, type SecurityEventsParseResult } from './parse-security-events.js';
import type { SecurityEventsOptions } from './security-events-options.js';

/** What a set of export files held, merged. */
export type SecurityEventsReadResult = Omit<SecurityEventsParseResult, 'encoding'> & {
  /** The files read, in the order read. */
  files: string[];
};

/**
 * Reads Security event exports: each path is a `.csv` file or a folder whose `.csv` files
 * (not its subfolders) are read in name order. Problems in one file are reported and the
 * others still read; a path that does not exist or cannot be read throws (the caller
 * should stop rather than deliver a partial picture of the day).
 *
 * @example
 * const { events, issues } = await readSecurityEvents(['C:\\pclogin\\exports'], { timeZone: 'Asia/Tokyo' });
 */
export async function readSecurityEvents(
  paths: string[],
  options: SecurityEventsOptions = {},
): Promise<SecurityEventsReadResult> {
  const files: string[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      const entries = await readdir(path, { withFileTypes: true });
      const csv = entries
        .filter((entry) => entry.isFile() && /\.csv$/i.test(entry.name))
        .map((entry) => entry.name);
      files.push(...csv.sort().map((name) => join(path, name)));
    } else {
      files.push(path);
    }
  }
  const skipped: Record<SecurityEventSkipReason, number> = {
    'event-id': 0,
    'logon-type': 0,
    'system-account': 0,
  };
  const result: SecurityEventsReadResult = { events: [], issues: [], skipped, records: 0, files };
  for (const file of files) {
    const parsed = parseSecurityEvents(await readFile(file), file, options);
    result.events.push(...parsed.events);
    result.issues.push(...parsed.issues);
    result.records += parsed.records;
    for (const reason of Object.keys(skipped) as SecurityEventSkipReason[])
      skipped[reason] += parsed.skipped[reason];
  }
  return result;
}
