import { brand, hasBrand } from '../internal/brand.js';
import { LedgerError } from './ledger-error.js';

/** A transaction's content is invalid (a malformed punch, a value JSON cannot hold). Nothing is written. */
export class LedgerTransactionError extends LedgerError {
  override readonly name: string = 'LedgerTransactionError';
  /** The part of the transaction at fault, e.g. `plan[3].at` or `checkpoints.smarton`. */
  readonly field: string;

  /** @param init - the field at fault and what is wrong with it */
  constructor(init: { field: string; reason: string }) {
    super('LEDGER_INVALID_TRANSACTION', `Invalid ledger transaction at ${init.field}: ${init.reason}.`);
    this.field = init.field;
    brand(this, 'LedgerTransactionError');
  }

  /** Whether `value` is a {@link LedgerTransactionError} from any copy of this package. */
  static override isInstance(value: unknown): value is LedgerTransactionError {
    return hasBrand(value, 'LedgerTransactionError');
  }
}
