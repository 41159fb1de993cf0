import { markUncertain } from '../../ledger/internal/transitions.js';
import type { LedgerStore } from '../ledger-store.js';

/** Why a punch found `sending` on open is `uncertain`. */
export const interruptedReason =
  'the process stopped while sending it; KING OF TIME will be checked before any resend';

/**
 * A punch still `sending` when a store opens was in flight when the process died: KING OF TIME
 * may or may not hold it, so it becomes `uncertain` and only reconciliation may send it again.
 */
export function recoverInFlight(store: LedgerStore, now: Date): void {
  const inFlight = store.list({ state: 'sending' });
  if (inFlight.length > 0) {
    store.commit({
      punches: inFlight.map((punch) =>
        markUncertain(punch, now, interruptedReason, { detail: { code: 'interrupted' } }),
      ),
    });
  }
}
