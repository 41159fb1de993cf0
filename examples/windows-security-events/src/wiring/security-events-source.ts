import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { LogSource, LogSourceBatch } from '@pclogin/core';
import { z } from 'zod';
import { parseSecurityEvents } from '../security-events/parse-security-events.js';
import type { SecurityEventsOptions } from '../security-events/security-events-options.js';

/** Options of {@link createSecurityEventsSource}. */
export interface SecurityEventsSourceOptions {
  /** The folder the PowerShell exports are written to; its `.csv` files are read (not subfolders). */
  directory: string;
  /** How to read the exports (time zone of `TimeCreated`, date order, labels, account form). */
  parser?: SecurityEventsOptions;
  /**
   * The source's name: the key of its checkpoint in the ledger.
   * @default 'windows-security-events'
   */
  name?: string;
  /**
   * A file changed less than this long ago may still be being written by `Export-Csv`: it is
   * left for a later read (ms).
   * @default 10000
   */
  settleMs?: number;
  /** @default () => new Date() */
  clock?: () => Date;
}

// What the source remembers: each file's size and modification time when it was read.
const checkpointSchema = z.object({
  files: z.record(z.string(), z.object({ size: z.number(), mtimeMs: z.number() })),
});
type Checkpoint = z.infer<typeof checkpointSchema>;

/**
 * The Windows Security event exports as a {@link LogSource} for the agent's runner.
 *
 * Every export is a whole file written at once, and scheduled exports overlap (each covers
 * the last days), so the checkpoint is each file's size and modification time: a new or
 * changed file is read whole; an unchanged one is skipped. Events read twice are harmless
 * (the aggregator ignores repeats), so overlapping exports need no de-duplication here.
 *
 * @example
 * const source = createSecurityEventsSource({ directory: 'C:\\pclogin\\events', parser: { timeZone: 'Asia/Tokyo' } });
 */
export function createSecurityEventsSource(options: SecurityEventsSourceOptions): LogSource {
  const settleMs = options.settleMs ?? 10_000;
  const clock = options.clock ?? (() => new Date());
  return {
    name: options.name ?? 'windows-security-events',
    async read(checkpoint, limits) {
      const previous: Checkpoint = checkpointSchema.safeParse(checkpoint).data ?? { files: {} };
      const entries = await readdir(options.directory, { withFileTypes: true });
      const names = entries
        .filter((entry) => entry.isFile() && /\.csv$/i.test(entry.name))
        .map((entry) => entry.name)
        .sort();
      const files: Checkpoint['files'] = {};
      const batch: LogSourceBatch = {
        events: [],
        issues: [],
        checkpoint: { files },
        done: true,
        pending: [],
      };
      const maxEvents = limits.maxEvents ?? Number.POSITIVE_INFINITY;
      for (const [index, name] of names.entries()) {
        const path = join(options.directory, name);
        const info = await stat(path);
        const seen = previous.files[name];
        if (seen && seen.size === info.size && seen.mtimeMs === info.mtimeMs) {
          files[name] = seen;
          continue;
        }
        // Both ways: a clock set back for a replay, or a file server whose clock runs ahead, must not hold files forever.
        if (Math.abs(clock().getTime() - info.mtimeMs) < settleMs) {
          batch.pending?.push({
            file: path,
            reason: 'changed moments ago: Export-Csv may still be writing it',
          });
          if (seen) files[name] = seen;
          continue;
        }
        if (batch.events.length >= maxEvents) {
          // Leave the rest for the next read, remembering what was read before.
          for (const rest of names.slice(index)) {
            const known = previous.files[rest];
            if (known) files[rest] = known;
          }
          batch.done = false;
          break;
        }
        const parsed = parseSecurityEvents(await readFile(path), path, options.parser);
        batch.events.push(...parsed.events);
        for (const issue of parsed.issues) {
          batch.issues.push({
            file: issue.file,
            line: issue.line,
            severity: 'error',
            code: issue.code,
            reason: `${issue.message}. Fix: ${issue.fix}`,
          });
        }
        files[name] = { size: info.size, mtimeMs: info.mtimeMs };
      }
      return batch;
    },
  };
}
