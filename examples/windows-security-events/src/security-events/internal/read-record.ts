import type { LogEvent } from '@pclogin/core';
import { classifySecurityEvent, type SecurityEventSkipReason } from '../classify-security-event.js';
import { isSystemAccount } from '../is-system-account.js';
import type { MessageLabels } from '../message-labels.js';
import { parseTimeCreated } from '../parse-time-created.js';
import { isSecurityEventId } from '../security-event-ids.js';
import type { SecurityEventIssue } from '../security-event-issue.js';
import type { ResolvedSecurityEventsOptions } from '../security-events-options.js';
import type { ExportColumn } from './export-columns.js';
import { fixes } from './fixes.js';
import { messageDetails } from './message-details.js';

/** What one data record becomes. */
export type RecordOutcome =
  | { event: LogEvent }
  | { skip: SecurityEventSkipReason }
  | { issue: Omit<SecurityEventIssue, 'file' | 'line'> };

/**
 * Turns one data record into an event, a deliberate skip, or a problem. `field` returns a
 * column's trimmed value, or `undefined` when the export has no such column.
 */
export function readRecord(
  field: (column: ExportColumn) => string | undefined,
  where: { file: string; line: number },
  options: ResolvedSecurityEventsOptions,
  labels: MessageLabels,
): RecordOutcome {
  const idText = field('id') ?? '';
  if (!/^\d+$/.test(idText)) {
    return {
      issue: {
        code: 'bad-event-id',
        column: 'Id',
        message: `Id ${JSON.stringify(idText)} is not an event ID`,
        fix: fixes.export,
      },
    };
  }
  const id = Number(idText);
  if (!isSecurityEventId(id)) return { skip: 'event-id' };

  const timeText = field('timeCreated') ?? '';
  const at = parseTimeCreated(timeText, options);
  if (at === undefined) {
    return {
      issue: {
        code: 'bad-time',
        column: 'TimeCreated',
        message: `TimeCreated ${JSON.stringify(timeText)} is not a date and time this parser understands (date order: ${options.dateOrder})`,
        fix: fixes.time,
      },
    };
  }

  // The recommended export has the account and logon type as columns; the full export only in the message.
  const message = field('message') ?? '';
  const hasColumns = field('targetUserName') !== undefined && field('logonType') !== undefined;
  const fromMessage = hasColumns ? {} : messageDetails(message, id, labels);
  const name = field('targetUserName') || fromMessage.accountName;
  const domain = field('targetDomainName') || fromMessage.accountDomain;
  const logonTypeText = field('logonType') || fromMessage.logonType;
  const column = field('targetUserName') === undefined ? 'Message' : 'TargetUserName';
  if (!name) {
    const damaged = /\?{3,}/.test(message);
    return {
      issue: damaged
        ? {
            code: 'encoding-damaged',
            column,
            message: `event ${id}: the message is full of ? — the file was written as ASCII and lost its Japanese text`,
            fix: fixes.encoding,
          }
        : {
            code: 'no-account',
            column,
            message: `event ${id}: no account name (labels looked for in the message: ${labels.accountName.join(', ')})`,
            fix: fixes.labels,
          },
    };
  }
  // '?' cannot appear in a Windows account name: it is what an ASCII export left of a non-ASCII letter.
  if (name.includes('?')) {
    return {
      issue: {
        code: 'encoding-damaged',
        column,
        message: `event ${id}: account ${JSON.stringify(name)} has ? where letters were`,
        fix: fixes.encoding,
      },
    };
  }
  if (isSystemAccount(name)) return { skip: 'system-account' };

  const logonType = logonTypeText && /^\d+$/.test(logonTypeText) ? Number(logonTypeText) : undefined;
  const classified = classifySecurityEvent(id, logonType);
  if ('skip' in classified) return classified;

  const account =
    options.account === 'domain\\name' && domain && domain !== '-' ? `${domain}\\${name}` : name;
  const event: LogEvent = {
    account,
    at,
    kind: classified.kind,
    raw: logonType === undefined ? String(id) : `${id} type ${logonType}`,
    source: { file: where.file, line: where.line },
  };
  const computer = field('machineName');
  if (computer) event.computer = computer;
  return { event };
}
