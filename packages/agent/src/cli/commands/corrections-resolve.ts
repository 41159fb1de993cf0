import { openAgentStore } from '../../agent/open-agent-store.js';
import { UsageError } from '../../errors/usage-error.js';
import { t } from '../../i18n/translate.js';
import { type ConfigOptions, createCommandContext } from '../context.js';

/** `pclogin-agent corrections resolve ID…`: mark correction items as fixed in KING OF TIME. */
export default async function correctionsResolve(ids: string[], options: ConfigOptions): Promise<number> {
  const context = await createCommandContext(options);
  const store = openAgentStore(context.config, context.clock);
  try {
    const open = new Set(store.corrections().map((c) => c.id));
    const unknown = ids.filter((id) => !open.has(id));
    if (unknown.length > 0) {
      throw new UsageError(t('corrections.unknown', { ids: unknown.join(', ') }));
    }
    store.commit({ resolveCorrections: ids });
    context.out(`${t('corrections.done', { count: ids.length })}\n`);
    return 0;
  } finally {
    store.close();
  }
}
