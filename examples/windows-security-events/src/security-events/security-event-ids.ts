/**
 * The Windows Security event IDs this source reads. Export exactly these with
 * `Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4624,4634,4647,4800,4801}`.
 *
 * - 4624 an account was successfully logged on (its LogonType tells logon from unlock)
 * - 4634 an account was logged off (a logon session ended)
 * - 4647 user initiated logoff
 * - 4800 the workstation was locked
 * - 4801 the workstation was unlocked
 */
export const securityEventIds = [4624, 4634, 4647, 4800, 4801] as const;

/** One of {@link securityEventIds}. */
export type SecurityEventId = (typeof securityEventIds)[number];

/** Whether a number is one of the {@link securityEventIds} this source reads. */
export function isSecurityEventId(id: number): id is SecurityEventId {
  return (securityEventIds as readonly number[]).includes(id);
}
