import { displayId } from '@pclogin/core';
import { UsageError } from '../../errors/usage-error.js';
import { t } from '../../i18n/translate.js';
import { type ConfigOptions, createCommandContext } from '../context.js';
import { changeLedger, ledgerIds } from '../ledger-request.js';

/**
 * `pclogin-agent corrections resolve ID…`: mark correction items as fixed in KING OF TIME.
 * Works while the agent runs as a service: the change is handed to it.
 */
export default async function correctionsResolve(typed: string[], options: ConfigOptions): Promise<number> {
  const context = await createCommandContext(options);
  const ids = ledgerIds(typed);
  return changeLedger(context, { command: 'resolve', ids }, (store) => {
    const open = new Set(store.corrections().map((c) => c.id));
    const unknown = ids.filter((id) => !open.has(id));
    if (unknown.length > 0) {
      throw new UsageError(t('corrections.unknown', { ids: unknown.map(displayId).join(', ') }));
    }
  });
}
