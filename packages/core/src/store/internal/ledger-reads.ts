import type { LedgerStore } from '../ledger-store.js';
import type { LedgerImage } from './ledger-image.js';

/** The read side of a {@link LedgerStore}: the same for every store that keeps a {@link LedgerImage}. */
export type LedgerReads = Pick<
  LedgerStore,
  'get' | 'list' | 'counts' | 'due' | 'checkpoint' | 'state' | 'stateEntries' | 'cache' | 'corrections'
>;

/**
 * The queries of a store, answered from its current image. `image` is called on every query
 * because a store may replace its image (the file store does on open).
 */
export function ledgerReads(image: () => LedgerImage): LedgerReads {
  return {
    get: (id) => image().get(id),
    list: (query) => image().list(query),
    counts: () => image().counts(),
    due: (now, limit) => image().due(now, limit),
    checkpoint: (source) => image().value('checkpoints', source),
    state: (key) => image().value('state', key),
    stateEntries: (prefix) => image().valuesByPrefix('state', prefix),
    cache: (key) => image().value('caches', key),
    corrections: (options = {}) => image().corrections(options.includeResolved ?? false),
  };
}
