import { readdir } from 'node:fs/promises';
import type { LogEvent } from '@pclogin/core';
import { findLogDirectory, parseLogFile } from '@pclogin/smarton-csv';
import type { AgentConfig } from '../config/agent-config.js';
import { listLogFiles } from '../internal/list-log-files.js';
import type { DoctorCheck } from './doctor-check.js';

/** What the log checks found, for the checks after them. */
export interface LogFacts {
  directory?: string;
  /** Events of the newest files, for the link checks. */
  events: LogEvent[];
}

const RECENT_FILES = 7;

/**
 * The log folder (exists, readable, the registry's value on Windows), the newest file and its
 * age, and the parse problems in the newest files.
 */
export async function logChecks(
  config: AgentConfig,
  realNow: Date,
  find: typeof findLogDirectory = findLogDirectory,
): Promise<{ checks: DoctorCheck[]; facts: LogFacts }> {
  const checks: DoctorCheck[] = [];
  const facts: LogFacts = { events: [] };
  const registry = await find();
  const directory = config.logDirectory ?? (registry.ok ? registry.directory : undefined);
  if (!directory) {
    checks.push({
      id: 'log-folder',
      title: 'log folder',
      status: 'fail',
      detail: `not configured, and the registry does not give it: ${registry.ok ? '' : registry.message}`,
      fix: "set logDirectory in the configuration to the SmartOn ID log server's CSV output folder",
    });
    return { checks, facts };
  }
  try {
    await readdir(directory);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    checks.push({
      id: 'log-folder',
      title: 'log folder',
      status: 'fail',
      detail: `${directory}: ${code === 'ENOENT' ? 'does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'cannot be read')}`,
      fix:
        code === 'EACCES' || code === 'EPERM'
          ? 'let the account running the agent (the service account) read the folder'
          : "set logDirectory to the folder shown in the log server's settings (ログ出力先)",
    });
    return { checks, facts };
  }
  facts.directory = directory;
  const differs = config.logDirectory && registry.ok && !samePath(registry.directory, config.logDirectory);
  checks.push({
    id: 'log-folder',
    title: 'log folder',
    status: differs ? 'warn' : 'ok',
    detail: `${directory} (${config.logDirectory ? 'configured' : `from the registry, ${registry.ok ? registry.source : ''}`})${
      differs
        ? `; the log server writes to ${registry.ok ? registry.directory : ''} (registry)`
        : registry.ok && config.logDirectory
          ? '; the registry says the same'
          : ''
    }`,
    ...(differs ? { fix: 'make logDirectory the folder the log server writes to (manual 5.2)' } : {}),
  });

  const { pattern = '*.csv', ...csv } = config.csv ?? {};
  const files = await listLogFiles([directory], pattern).catch(() => []);
  const newest = files.at(-1);
  if (!newest) {
    checks.push({
      id: 'newest-log',
      title: 'newest log',
      status: 'fail',
      detail: `no files matching ${pattern} in ${directory}`,
      fix: 'check that this is the log server’s output folder and that it writes CSV logs (manual 5.2)',
    });
    return { checks, facts };
  }
  const ageHours = (realNow.getTime() - newest.mtimeMs) / 3_600_000;
  checks.push({
    id: 'newest-log',
    title: 'newest log',
    status: ageHours > 24 ? 'warn' : 'ok',
    detail: `${newest.path}, written ${ageHours < 1 ? `${Math.round(ageHours * 60)} minutes` : `${ageHours.toFixed(1)} hours`} ago (${files.length} files)`,
    ...(ageHours > 24
      ? { fix: 'nothing new for a day: is the log server running, and is this the folder it writes to?' }
      : {}),
  });

  let skipped = 0;
  let unreadable = 0;
  let example = '';
  for (const file of files.slice(-RECENT_FILES)) {
    try {
      const parsed = await parseLogFile(file.path, { ...csv, timeZone: config.timeZone });
      for (const e of parsed.events) facts.events.push(e);
      for (const issue of parsed.issues) {
        if (issue.severity !== 'error') continue;
        if (issue.code === 'unrecognised-layout') unreadable++;
        skipped++;
        example ||= `${issue.file}:${issue.line}: ${issue.reason}`;
      }
    } catch (error) {
      unreadable++;
      example ||= error instanceof Error ? error.message : String(error);
    }
  }
  const recent = Math.min(files.length, RECENT_FILES);
  checks.push({
    id: 'parse',
    title: 'parse problems',
    status: unreadable > 0 ? 'fail' : skipped > 0 ? 'warn' : 'ok',
    detail:
      skipped + unreadable === 0
        ? `the newest ${recent} files read cleanly (${facts.events.length} events)`
        : `${skipped} rows skipped in the newest ${recent} files (${unreadable} files not understood), e.g. ${example}`,
    ...(skipped + unreadable > 0
      ? {
          fix: 'look at the file with `pclogin-agent inspect FILE`; set the columns in the configuration’s csv section if needed',
        }
      : {}),
  });
  return { checks, facts };
}

function samePath(a: string, b: string): boolean {
  const norm = (p: string) =>
    p
      .replace(/[\\/]+$/, '')
      .replace(/\//g, '\\')
      .toLowerCase();
  return norm(a) === norm(b);
}
