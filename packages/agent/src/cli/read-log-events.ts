import { basename } from 'node:path';
import type { LogEvent } from '@pclogin/core';
import { type ParseIssue, type SmartonCsvOptions, streamLogFile } from '@pclogin/smarton-csv';
import { t } from '../i18n/translate.js';
import { parseIssueReason } from './format/parse-issue-reason.js';

/** What {@link readLogEvents} saw. */
export interface ReadLogEventsResult {
  events: number;
  /** Rows skipped (issues of severity `error`). */
  skipped: number;
  /** Files that could not be read at all. */
  unreadable: number;
}

/**
 * Streams the events of log files in order, in constant memory; bad rows and unreadable files
 * are reported on stderr as readable lines (`file:line: reason`) and skipped.
 */
export async function readLogEvents(
  files: readonly string[],
  csv: SmartonCsvOptions,
  onEvents: (events: LogEvent[]) => void | Promise<void>,
): Promise<ReadLogEventsResult> {
  const result: ReadLogEventsResult = { events: 0, skipped: 0, unreadable: 0 };
  for (const file of files) {
    try {
      for await (const batch of streamLogFile(file, csv)) {
        result.events += batch.events.length;
        if (batch.events.length > 0) await onEvents(batch.events);
        for (const issue of batch.issues) {
          if (issue.severity === 'error') result.skipped++;
          process.stderr.write(`${describeIssue(issue)}\n`);
        }
      }
    } catch (error) {
      result.unreadable++;
      process.stderr.write(`${basename(file)}: ${error instanceof Error ? error.message : String(error)}\n`);
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
