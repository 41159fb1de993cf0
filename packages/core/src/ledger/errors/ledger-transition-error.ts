import { brand, hasBrand } from '../internal/brand.js';
import type { PunchState } from '../punch-state.js';
import { LedgerError } from './ledger-error.js';

/**
 * A transaction asked for a state change {@link punchTransitions} does not permit (e.g.
 * `sent → planned`), or changed a punch's time after it started being sent. The whole
 * transaction is refused; nothing is written.
 */
export class LedgerTransitionError extends LedgerError {
  override readonly name: string = 'LedgerTransitionError';
  /** The punch concerned. */
  readonly punchId: string;
  /** Its stored state (`undefined`: not in the ledger). */
  readonly from: PunchState | undefined;
  /** The state asked for. */
  readonly to: PunchState;

  /** @param init - the punch and the refused change */
  constructor(init: { punchId: string; from: PunchState | undefined; to: PunchState; reason?: string }) {
    super(
      'LEDGER_INVALID_TRANSITION',
      `Punch ${init.punchId} cannot go from ${init.from ?? '(not in the ledger)'} to ${init.to}` +
        `${init.reason ? `: ${init.reason}` : ''}.`,
    );
    this.punchId = init.punchId;
    this.from = init.from;
    this.to = init.to;
    brand(this, 'LedgerTransitionError');
  }

  /** Whether `value` is a {@link LedgerTransitionError} from any copy of this package. */
  static override isInstance(value: unknown): value is LedgerTransitionError {
    return hasBrand(value, 'LedgerTransitionError');
  }
}
