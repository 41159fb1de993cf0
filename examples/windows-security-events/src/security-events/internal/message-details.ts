import type { MessageLabels } from '../message-labels.js';
import { messageFields } from './message-fields.js';

/** What the parser needs from an event message. */
export interface MessageDetails {
  accountName?: string;
  accountDomain?: string;
  logonType?: string;
}

/**
 * Reads the account and logon type from a rendered Security event message. Event 4624 names
 * two accounts: the one in the `New Logon` section is the person; without that section
 * (an unknown language whose labels were only partly given), the last account named is,
 * because every version of the message lists `Subject` first.
 */
export function messageDetails(message: string, eventId: number, labels: MessageLabels): MessageDetails {
  const fields = messageFields(message);
  const named = (keys: string[]) => fields.filter((field) => keys.includes(field.key));
  const accounts = named(labels.accountName);
  const domains = named(labels.accountDomain);
  const pick = <T extends { section: string | undefined }>(list: T[]): T | undefined => {
    if (eventId !== 4624) return list[0];
    return (
      list.find((field) => field.section !== undefined && labels.newLogonSection.includes(field.section)) ??
      list.at(-1)
    );
  };
  const details: MessageDetails = {};
  const account = pick(accounts)?.value;
  const domain = pick(domains)?.value;
  const logonType = named(labels.logonType)[0]?.value;
  if (account !== undefined) details.accountName = account;
  if (domain !== undefined) details.accountDomain = domain;
  if (logonType !== undefined) details.logonType = logonType;
  return details;
}
