import { brand, hasBrand } from '../internal/brand.js';
import { LedgerError } from './ledger-error.js';

/**
 * The store no longer accepts transactions: it was closed, its lock was taken over by another
 * process, or a failed write could not be undone. Open the state directory again.
 */
export class LedgerClosedError extends LedgerError {
  override readonly name: string = 'LedgerClosedError';
  /** Why the store is closed. */
  readonly reason: string;

  /** @param reason - why the store is closed */
  constructor(reason: string, cause?: unknown) {
    super('LEDGER_CLOSED', `The ledger is closed: ${reason}.`, cause);
    this.reason = reason;
    brand(this, 'LedgerClosedError');
  }

  /** Whether `value` is a {@link LedgerClosedError} from any copy of this package. */
  static override isInstance(value: unknown): value is LedgerClosedError {
    return hasBrand(value, 'LedgerClosedError');
  }
}
