import { retryFailedPunches } from '@pclogin/core';
import { openAgentStore } from '../../agent/open-agent-store.js';
import { UsageError } from '../../errors/usage-error.js';
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
      throw new UsageError(
        `not failed punches: ${unknown.join(', ')} (\`pclogin-agent status --json\` lists the failed ones with their ids)`,
      );
    }
    const requeued = retryFailedPunches(store, { ...(ids.length > 0 ? { ids } : {}), now: context.clock });
    for (const p of requeued) context.out(`planned again: ${p.id}\n`);
    context.out(
      `${requeued.length} punch${requeued.length === 1 ? '' : 'es'} will be sent by the next pass.\n`,
    );
    return 0;
  } finally {
    store.close();
  }
}
