import { displayId } from '@pclogin/core';
import { UsageError } from '../../errors/usage-error.js';
import { t } from '../../i18n/translate.js';
import { type ConfigOptions, createCommandContext } from '../context.js';
import { changeLedger, ledgerIds } from '../ledger-request.js';

/**
 * `pclogin-agent retry [ID…]`: failed punches back to planned, once their cause is fixed (a
 * missing employee, a link). Safe: a punch only fails when KING OF TIME certainly did not apply it.
 * Works while the agent runs as a service: the change is handed to it.
 */
export default async function retry(typed: string[], options: ConfigOptions): Promise<number> {
  const context = await createCommandContext(options);
  const ids = ledgerIds(typed);
  return changeLedger(context, { command: 'retry', ids }, (store) => {
    const failed = new Set(store.list({ state: 'failed' }).map((p) => p.id));
    const unknown = ids.filter((id) => !failed.has(id));
    if (unknown.length > 0) {
      throw new UsageError(t('retry.notFailed', { ids: unknown.map(displayId).join(', ') }));
    }
  });
}
