import { readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { readLedgerView } from '../../agent/read-ledger-view.js';
import { t } from '../../i18n/translate.js';
import { makePrivateDirectory, writePrivateFile } from '../../internal/private-file.js';
import { loadLinks } from '../../links/load-links.js';
import { type ConfigOptions, createCommandContext } from '../context.js';
import { employeeDirectoryForCommand } from '../employee-directory-for-command.js';
import { describeLinkProblem } from '../format/describe-link-problem.js';

/**
 * `pclogin-agent links import FILE`: validate against KOT's employee list and store the file as
 * the agent's linking CSV; nothing is stored when there are errors (exit 1).
 */
export default async function linksImport(file: string, options: ConfigOptions): Promise<number> {
  const context = await createCommandContext(options);
  const view = readLedgerView(context.config, context.clock);
  try {
    const { directory, note } = await employeeDirectoryForCommand(context, view, { required: false });
    const loaded = await loadLinks(file, directory, { allowErrors: true });
    for (const p of loaded.problems) context.out(`${describeLinkProblem(p, file)}\n`);
    const errors = loaded.problems.filter((p) => p.severity === 'error').length;
    if (errors > 0) {
      context.out(`${t('links.import.refused', { file, errors })}\n`);
      return 1;
    }
    const target = context.config.linksFile;
    await makePrivateDirectory(dirname(target));
    // The file as given (every load normalises and validates it again), written aside and
    // renamed: a running agent never reads half a file.
    await writePrivateFile(`${target}.tmp`, await readFile(file));
    await rename(`${target}.tmp`, target);
    const linked = loaded.links.filter((l) => l.serviceAccount !== '' && l.employeeCode !== '').length;
    context.out(`${t('links.import.done', { links: linked, target, against: note })}\n`);
    return 0;
  } finally {
    view.close();
  }
}
