import { retryFailedPunches } from '@pclogin/core';
import { openAgentStore } from '../../agent/open-agent-store.js';
import { UsageError } from '../../errors/usage-error.js';
import { t } from '../../i18n/translate.js';
import { type ConfigOptions, createCommandContext } from '../context.js';

/**
 * `pclogin-agent retry [ID…]`: failed punches back to planned, once their cause is fixed (a
 * missing employee, a link). Safe: a punch only fails when KING OF TIME certainly did not apply it.
 */
export default async function retry(ids: string[], options: ConfigOptions): Promise<number> {
  const context = await createCommandContext(options);
  const store = openAgentStore(context.config, context.clock);
  try {
    const failed = new Set(store.list({ state: 'failed' }).map((p) => p.id));
    const unknown = ids.filter((id) => !failed.has(id));
    if (unknown.length > 0) {
      throw new UsageError(t('retry.notFailed', { ids: unknown.join(', ') }));
    }
    const requeued = retryFailedPunches(store, { ...(ids.length > 0 ? { ids } : {}), now: context.clock });
    for (const p of requeued) context.out(`${t('retry.plannedAgain', { id: p.id })}\n`);
    context.out(`${t('retry.done', { count: requeued.length })}\n`);
    return 0;
  } finally {
    store.close();
  }
}
