import type { LogEventKind } from '@pclogin/core';
import type { SecurityEventId } from './security-event-ids.js';

/**
 * Logon types that are a person sitting down at (or remoting into) a desktop:
 * 2 Interactive, 10 RemoteInteractive (Remote Desktop), 11 CachedInteractive (domain
 * account signed in with cached credentials, e.g. a laptop off the network) and
 * 12 CachedRemoteInteractive (Remote Desktop with cached credentials).
 */
export const interactiveLogonTypes: readonly number[] = [2, 10, 11, 12];

/** Logon types Windows records when a locked session is unlocked: 7 Unlock and 13 CachedUnlock. */
export const unlockLogonTypes: readonly number[] = [7, 13];

/** Why a Security event was read but produced no {@link LogEventKind}. */
export type SecurityEventSkipReason =
  /** Not one of the five event IDs this source reads. */
  | 'event-id'
  /** A logon or logoff of a non-interactive session (network share, service, batch, unlock session end, …). */
  | 'logon-type'
  /** A machine account (`PC01$`), `SYSTEM`, a service identity, or a window-manager/font-driver session. */
  | 'system-account';

/** The outcome of {@link classifySecurityEvent}: a kind, or why the event is not one. */
export type SecurityEventClass = { kind: LogEventKind } | { skip: SecurityEventSkipReason };

/**
 * Maps a Security event to what happened at the PC.
 *
 * | event | LogonType | kind |
 * |---|---|---|
 * | 4624 | 2, 10, 11, 12 | `logon` |
 * | 4624 | 7, 13 | `unlock` |
 * | 4624 | anything else (3 network, 4 batch, 5 service, 8, 9, …) | skipped |
 * | 4634 | 2, 10, 11, 12 | `logoff` |
 * | 4634 | anything else | skipped |
 * | 4647 | — | `logoff` |
 * | 4800 | — | `lock` |
 * | 4801 | — | `unlock` |
 *
 * 4634 is written whenever *any* logon session ends: a file-share access (type 3) ends
 * seconds after it began, and unlocking a PC creates a short type-7 session whose end is
 * also a 4634. Counting those as logoffs would move 退勤 to whenever a scheduled task or
 * a network drive last touched the PC, so only the end of an interactive session counts.
 * A 4634 without a logon type (a damaged or unusual message) is skipped for the same reason.
 *
 * @example
 * classifySecurityEvent(4624, 7); // → { kind: 'unlock' }
 * classifySecurityEvent(4634, 3); // → { skip: 'logon-type' }
 */
export function classifySecurityEvent(id: number, logonType: number | undefined): SecurityEventClass {
  switch (id as SecurityEventId) {
    case 4624:
      if (logonType !== undefined && interactiveLogonTypes.includes(logonType)) return { kind: 'logon' };
      if (logonType !== undefined && unlockLogonTypes.includes(logonType)) return { kind: 'unlock' };
      return { skip: 'logon-type' };
    case 4634:
      if (logonType !== undefined && interactiveLogonTypes.includes(logonType)) return { kind: 'logoff' };
      return { skip: 'logon-type' };
    case 4647:
      return { kind: 'logoff' };
    case 4800:
      return { kind: 'lock' };
    case 4801:
      return { kind: 'unlock' };
    default:
      return { skip: 'event-id' };
  }
}
