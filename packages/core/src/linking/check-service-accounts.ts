import type { AccountLink } from './account-link.js';
import { zeroPaddedMatches } from './internal/zero-padding.js';
import type { LinkProblem } from './link-problem.js';
import { normalizeAccount } from './normalize-account.js';

const ACCOUNT = 'サービスアカウント';

/**
 * Checks the サービスアカウント side of the links against the accounts seen in the logs: a
 * linked account that never appears in them while a form of it with leading zeros does
 * (`100` linked, `0100` logging on — Excel removed the zeros) is an error
 * (`service-account-not-in-logs`) with the fix. Full-width and half-width forms are the same
 * account already (see {@link normalizeAccount}); a seen account that differs from the link
 * only by them is therefore matched, not reported.
 *
 * @param seen - the accounts in the logs (any form; normalised here)
 * @example
 * checkServiceAccounts(links, ['0100', 'yamada']) // → an error for the row linking "100"
 */
export function checkServiceAccounts(links: readonly AccountLink[], seen: Iterable<string>): LinkProblem[] {
  const accounts = new Set<string>();
  for (const account of seen) {
    const normalized = normalizeAccount(account);
    if (normalized !== '') accounts.add(normalized);
  }
  const linked = new Set(links.map((l) => normalizeAccount(l.serviceAccount)));
  const problems: LinkProblem[] = [];
  for (const link of links) {
    const account = normalizeAccount(link.serviceAccount);
    if (account === '' || accounts.has(account)) continue;
    const padded = zeroPaddedMatches(account, accounts).filter((a) => !linked.has(a));
    if (padded.length === 0) continue;
    problems.push({
      line: link.lineNumber,
      severity: 'error',
      code: 'service-account-not-in-logs',
      field: ACCOUNT,
      message: `${ACCOUNT} "${link.serviceAccount}" never appears in the logs, but ${padded
        .map((a) => `"${a}"`)
        .join(' or ')} does: its logs get no punches.`,
      fix: `Write the account with its leading zeros (${padded[0]}): opening the file in Excel removes them; edit it in a text editor, then import it (pclogin-agent links import). Logs already read are punched once the link is right.`,
      values: {
        account: link.serviceAccount,
        seen: padded.map((a) => `"${a}"`).join(', '),
        padded: padded[0]!,
      },
    });
  }
  return problems;
}
