import { basename } from 'node:path';
import type { LogEvent } from '@pclogin/core';
import { parseLogFile } from '@pclogin/smarton-csv';
import { parseIssueReason } from '../cli/format/parse-issue-reason.js';
import type { AgentConfig } from '../config/agent-config.js';
import { localizedError } from '../i18n/localized-error.js';
import { getLocale, t } from '../i18n/translate.js';
import { type ListedLogFile, listLogFiles } from '../internal/list-log-files.js';

/** The log folder's events as last read, and what could not be read. */
export interface CachedLogEvents {
  /** The log folder, when known. */
  directory: string | undefined;
  /** Every event of every file, in file order. */
  events: LogEvent[];
  /** The newest file (by modification time). */
  newest: ListedLogFile | undefined;
  /** Files or rows that could not be read, for people. */
  problems: string[];
}

interface CachedFile {
  stamp: string;
  events: LogEvent[];
  problems: string[];
}

/**
 * The console's view of the log folder: each file parsed once and kept until its size or
 * modification time changes, so a page costs a folder listing plus what changed. Read-only:
 * the agent's own checkpoints are not touched.
 */
export function createLogEventCache(
  config: Pick<AgentConfig, 'csv' | 'timeZone'>,
  logDirectory: () => Promise<string | undefined>,
): { read(): Promise<CachedLogEvents> } {
  const files = new Map<string, CachedFile>();
  const { pattern = '*.csv', ...csv } = config.csv ?? {};
  return {
    async read() {
      const directory = await logDirectory().catch(() => undefined);
      if (!directory)
        return { directory, events: [], newest: undefined, problems: [t('console.noLogFolder')] };
      let listed: ListedLogFile[];
      try {
        listed = await listLogFiles([directory], pattern);
      } catch (error) {
        return { directory, events: [], newest: undefined, problems: [(error as Error).message] };
      }
      const events: LogEvent[] = [];
      const problems: string[] = [];
      const seen = new Set<string>();
      for (const file of listed) {
        seen.add(file.path);
        const stamp = String(file.mtimeMs);
        let cached = files.get(file.path);
        if (!cached || cached.stamp !== stamp) {
          try {
            const parsed = await parseLogFile(file.path, { ...csv, timeZone: config.timeZone });
            cached = {
              stamp,
              events: parsed.events,
              problems: parsed.issues
                .filter((i) => i.severity === 'error')
                .slice(0, 5)
                .map((i) => `${basename(i.file ?? file.path)}:${i.line}: ${parseIssueReason(i)}`),
            };
          } catch (error) {
            cached = {
              stamp,
              events: [],
              problems: [`${basename(file.path)}: ${localizedError(error)[getLocale()]}`],
            };
          }
          files.set(file.path, cached);
        }
        for (const e of cached.events) events.push(e);
        problems.push(...cached.problems);
      }
      for (const path of files.keys()) if (!seen.has(path)) files.delete(path);
      return { directory, events, newest: listed.at(-1), problems };
    },
  };
}
