import { basename } from 'node:path';
import type { LogEvent } from '@pclogin/core';
import { type ParseIssue, type SmartonCsvOptions, streamLogFile } from '@pclogin/smarton-csv';
import { localizedError } from '../i18n/localized-error.js';
import { getLocale, t } from '../i18n/translate.js';
import { visibleText } from '../internal/visible-text.js';
import { parseIssueReason } from './format/parse-issue-reason.js';

/** What {@link readLogEvents} saw. */
export interface ReadLogEventsResult {
  events: number;
  /** Rows skipped (issues of severity `error`). */
  skipped: number;
  /** Files that could not be read at all. */
  unreadable: number;
}

/** A file modified this recently (ms) may still be written to, as the agent's folder reader judges. */
const QUIET_PERIOD_MS = 120_000;

/**
 * Streams the events of log files in order, in constant memory; bad rows and unreadable files
 * are reported on stderr as readable lines (`file:line: reason`) and skipped. The last line of
 * a file the log server may still be writing — the newest file, or one changed in the last two
 * minutes — is left out while it has no line end, as the agent leaves it (a row caught half-way
 * would show a wrong event).
 *
 * @param files oldest first, as `listLogFiles` gives them
 */
export async function readLogEvents(
  files: readonly (string | { path: string; mtimeMs: number })[],
  csv: SmartonCsvOptions,
  onEvents: (events: LogEvent[]) => void | Promise<void>,
  now: number = Date.now(),
): Promise<ReadLogEventsResult> {
  const result: ReadLogEventsResult = { events: 0, skipped: 0, unreadable: 0 };
  for (const [index, entry] of files.entries()) {
    const file = typeof entry === 'string' ? entry : entry.path;
    const writing =
      typeof entry !== 'string' && (index === files.length - 1 || now - entry.mtimeMs < QUIET_PERIOD_MS);
    try {
      for await (const batch of streamLogFile(file, csv, {
        unterminatedLastLine: writing ? 'hold' : 'read',
      })) {
        if (batch.heldBack) {
          process.stderr.write(`${t('read.heldBack', { file })}\n`);
        }
        result.events += batch.events.length;
        if (batch.events.length > 0) await onEvents(batch.events);
        for (const issue of batch.issues) {
          if (issue.severity === 'error') result.skipped++;
          process.stderr.write(`${visibleText(describeIssue(issue))}\n`);
        }
      }
    } catch (error) {
      result.unreadable++;
      process.stderr.write(`${basename(file)}: ${localizedError(error)[getLocale()]}\n`);
    }
  }
  return result;
}

function describeIssue(issue: ParseIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file;
  const text = issue.text ? `  「${issue.text}」` : '';
  return t(issue.severity === 'error' ? 'read.skipped' : 'read.note', {
    where,
    reason: parseIssueReason(issue),
    text,
  });
}
