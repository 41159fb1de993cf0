import type { LedgerStore } from '../store/ledger-store.js';
import { addWorkdays } from '../workdays/add-workdays.js';

/** The ledger state key holding the working day before which settled punches were forgotten. */
export const FORGOTTEN_BEFORE_KEY = 'ledger.forgottenBefore';

/** The working day before which the ledger forgot settled punches (`undefined`: never). */
export function forgottenBefore(store: LedgerStore): string | undefined {
  const value = store.state(FORGOTTEN_BEFORE_KEY);
  return typeof value === 'string' ? value : undefined;
}

/**
 * Drops `sent` and `failed` punches of working days before `before` (`YYYY-MM-DD`), to keep a
 * long-running ledger small, and remembers that horizon: {@link processEvents} then ignores logs
 * of those days — without it a re-read of old logs would plan their punches again. Punches not
 * yet settled are kept. Returns how many punches were dropped.
 *
 * @example
 * ```ts
 * // Keep about three months (KING OF TIME itself reads at most 62 days per request).
 * forgetSettledPunches(store, { before: addWorkdays(workdayOf(new Date()), -92) });
 * ```
 */
export function forgetSettledPunches(store: LedgerStore, options: { before: string }): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.before)) {
    throw new RangeError(
      `forgetSettledPunches: before must be a working day YYYY-MM-DD, got "${options.before}"`,
    );
  }
  const earlier = forgottenBefore(store);
  const horizon = earlier !== undefined && earlier > options.before ? earlier : options.before;
  // Only the punches dropped are built: a ledger keeps months of settled punches in a compact
  // form, and listing them all would build every one of them.
  const ids = store
    .list({ state: ['sent', 'failed'], to: addWorkdays(options.before, -1) })
    .map((punch) => punch.id);
  store.commit({ forget: ids, state: { [FORGOTTEN_BEFORE_KEY]: horizon } });
  return ids.length;
}
