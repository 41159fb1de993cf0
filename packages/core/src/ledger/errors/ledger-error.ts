import { brand, hasBrand } from '../internal/brand.js';

/** The machine-readable `code` of every ledger error. */
export type LedgerErrorCode =
  | 'LEDGER_CORRUPT'
  | 'LEDGER_LOCKED'
  | 'LEDGER_CLOSED'
  | 'LEDGER_INVALID_TRANSITION'
  | 'LEDGER_INVALID_TRANSACTION'
  | 'LEDGER_WRITE_FAILED';

/**
 * The base of every error the ledger and its stores throw. Check with
 * {@link LedgerError.isInstance} (works across copies of the package) or `instanceof`.
 */
export abstract class LedgerError extends Error {
  /** The class name, stable across releases (e.g. `LedgerCorruptError`). */
  abstract override readonly name: string;
  /** A stable machine-readable code (e.g. `LEDGER_CORRUPT`). */
  readonly code: LedgerErrorCode;

  protected constructor(code: LedgerErrorCode, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
    brand(this, 'LedgerError');
  }

  /** Whether `value` is a {@link LedgerError} from any copy of this package. */
  static isInstance(value: unknown): value is LedgerError {
    return hasBrand(value, 'LedgerError');
  }
}
