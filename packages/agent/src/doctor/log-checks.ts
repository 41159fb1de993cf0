import { readdir } from 'node:fs/promises';
import type { LogEvent } from '@pclogin/core';
import { findLogDirectory, parseLogFile } from '@pclogin/smarton-csv';
import { localizedParseIssueReason } from '../cli/format/parse-issue-reason.js';
import type { AgentConfig } from '../config/agent-config.js';
import { type LocalizedText, msg } from '../i18n/translate.js';
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
      status: 'fail',
      detail: msg('doctor.logFolder.notConfigured', { reason: registry.ok ? '' : registry.message }),
      fix: msg('doctor.logFolder.notConfiguredFix'),
    });
    return { checks, facts };
  }
  try {
    await readdir(directory);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    checks.push({
      id: 'log-folder',
      status: 'fail',
      detail: msg(
        code === 'ENOENT'
          ? 'doctor.logFolder.notFound'
          : code === 'EACCES' || code === 'EPERM'
            ? 'doctor.logFolder.denied'
            : 'doctor.logFolder.unreadable',
        { folder: directory, code: code ?? 'I/O error' },
      ),
      fix: msg(
        code === 'EACCES' || code === 'EPERM' ? 'doctor.logFolder.deniedFix' : 'doctor.logFolder.notFoundFix',
      ),
    });
    return { checks, facts };
  }
  facts.directory = directory;
  const differs = config.logDirectory && registry.ok && !samePath(registry.directory, config.logDirectory);
  checks.push({
    id: 'log-folder',
    status: differs ? 'warn' : 'ok',
    detail: msg(
      config.logDirectory
        ? differs
          ? 'doctor.logFolder.configuredDiffers'
          : registry.ok
            ? 'doctor.logFolder.configuredSame'
            : 'doctor.logFolder.configured'
        : 'doctor.logFolder.fromRegistry',
      {
        folder: directory,
        source: registry.ok ? registry.source : '',
        registry: registry.ok ? registry.directory : '',
      },
    ),
    ...(differs ? { fix: msg('doctor.logFolder.differsFix') } : {}),
  });

  const { pattern = '*.csv', ...csv } = config.csv ?? {};
  const files = await listLogFiles([directory], pattern).catch(() => []);
  const newest = files.at(-1);
  if (!newest) {
    checks.push({
      id: 'newest-log',
      status: 'fail',
      detail: msg('doctor.newestLog.none', { pattern, folder: directory }),
      fix: msg('doctor.newestLog.noneFix'),
    });
    return { checks, facts };
  }
  const ageHours = (realNow.getTime() - newest.mtimeMs) / 3_600_000;
  checks.push({
    id: 'newest-log',
    status: ageHours > 24 ? 'warn' : 'ok',
    detail:
      ageHours < 1
        ? msg('doctor.newestLog.minutes', {
            file: newest.path,
            minutes: Math.round(ageHours * 60),
            files: files.length,
          })
        : msg('doctor.newestLog.hours', {
            file: newest.path,
            hours: ageHours.toFixed(1),
            files: files.length,
          }),
    ...(ageHours > 24 ? { fix: msg('doctor.newestLog.oldFix') } : {}),
  });

  let skipped = 0;
  let unreadable = 0;
  let example: LocalizedText | string = '';
  for (const file of files.slice(-RECENT_FILES)) {
    try {
      const parsed = await parseLogFile(file.path, { ...csv, timeZone: config.timeZone });
      for (const e of parsed.events) facts.events.push(e);
      for (const issue of parsed.issues) {
        if (issue.severity !== 'error') continue;
        if (issue.code === 'unrecognised-layout') unreadable++;
        skipped++;
        if (!example) {
          const reason = localizedParseIssueReason(issue);
          const where = `${issue.file}:${issue.line}: `;
          example = { en: where + reason.en, ja: where + reason.ja };
        }
      }
    } catch (error) {
      unreadable++;
      example ||= error instanceof Error ? error.message : String(error);
    }
  }
  const recent = Math.min(files.length, RECENT_FILES);
  checks.push({
    id: 'parse',
    status: unreadable > 0 ? 'fail' : skipped > 0 ? 'warn' : 'ok',
    detail:
      skipped + unreadable === 0
        ? msg('doctor.parse.clean', { files: recent, events: facts.events.length })
        : msg('doctor.parse.problems', { skipped, files: recent, unreadable, example }),
    ...(skipped + unreadable > 0 ? { fix: msg('doctor.parse.fix') } : {}),
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
