import { resolve } from 'node:path';
import { exportLinksFromDirectory, writeLinksCsv } from '@pclogin/core';
import { readLedgerView } from '../../agent/read-ledger-view.js';
import { t } from '../../i18n/translate.js';
import { writePrivateFile } from '../../internal/private-file.js';
import { loadLinks } from '../../links/load-links.js';
import { type ConfigOptions, createCommandContext } from '../context.js';
import { employeeDirectoryForCommand } from '../employee-directory-for-command.js';

/**
 * `pclogin-agent links export --out FILE`: KOT's employees as a linking CSV, as PC Login's
 * CSV データ出力 writes it; employees already linked keep their サービスアカウント, the others
 * start with their employee code.
 */
export default async function linksExport(
  options: ConfigOptions & { out: string; encoding: 'cp932' | 'utf-8' },
): Promise<number> {
  const context = await createCommandContext(options);
  const view = readLedgerView(context.config, context.clock);
  try {
    const { directory, note } = await employeeDirectoryForCommand(context, view, { required: true });
    const current = await loadLinks(context.config.linksFile, directory, { allowErrors: true }).catch(
      () => undefined,
    );
    const rows = exportLinksFromDirectory(directory!, current ? { links: current.links } : {});
    const out = resolve(options.out);
    await writePrivateFile(out, writeLinksCsv(rows, { encoding: options.encoding }));
    const encoding = options.encoding === 'cp932' ? 'Shift_JIS (CP932)' : 'UTF-8';
    context.out(`${t('links.export.done', { count: rows.length, file: out, encoding, against: note })}\n`);
    context.out(`${t('links.export.next', { file: options.out })}\n`);
    return 0;
  } finally {
    view.close();
  }
}
