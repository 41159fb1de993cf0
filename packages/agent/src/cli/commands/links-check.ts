import { checkServiceAccounts } from '@pclogin/core';
import { accountsInLedger } from '../../agent/accounts-in-ledger.js';
import { readLedgerView } from '../../agent/read-ledger-view.js';
import { logChecks } from '../../doctor/log-checks.js';
import { render, t } from '../../i18n/translate.js';
import { loadLinks } from '../../links/load-links.js';
import { type ConfigOptions, createCommandContext } from '../context.js';
import { employeeDirectoryForCommand } from '../employee-directory-for-command.js';
import { describeLinkProblem } from '../format/describe-link-problem.js';

/** `pclogin-agent links check [FILE]`: validate only; exit status 1 on errors. */
export default async function linksCheck(
  file: string | undefined,
  options: ConfigOptions & { json?: boolean },
): Promise<number> {
  const context = await createCommandContext(options);
  const view = readLedgerView(context.config, context.clock);
  try {
    const path = file ?? context.config.linksFile;
    const { directory, note } = await employeeDirectoryForCommand(context, view, { required: false });
    const loaded = await loadLinks(path, directory, { allowErrors: true });
    // The サービスアカウント side: the accounts in the newest logs and in the ledger's open days.
    const seen = accountsInLedger(view.store);
    const logs = await logChecks(context.config, new Date()).catch(() => undefined);
    for (const event of logs?.facts.events ?? []) seen.add(event.account);
    loaded.problems.push(...checkServiceAccounts(loaded.links, seen));
    loaded.problems.sort((a, b) => a.line - b.line);
    const errors = loaded.problems.filter((p) => p.severity === 'error').length;
    const warnings = loaded.problems.filter((p) => p.severity === 'warning').length;
    const linked = loaded.links.filter((l) => l.serviceAccount !== '' && l.employeeCode !== '').length;
    if (options.json) {
      context.out(
        `${JSON.stringify({ file: path, checkedAgainst: render(note, 'en'), links: linked, errors, warnings, problems: loaded.problems })}\n`,
      );
    } else {
      for (const p of loaded.problems) context.out(`${describeLinkProblem(p, path)}\n`);
      context.out(
        `${t('links.check.summary', { file: path, links: linked, errors, warnings, against: note })}\n`,
      );
    }
    return errors > 0 ? 1 : 0;
  } finally {
    view.close();
  }
}
