import { brand, hasBrand } from '../internal/brand.js';
import { LedgerError } from './ledger-error.js';

/**
 * Writing a transaction to disk failed (disk full, permissions). The transaction is not
 * committed and the file was restored to its last committed state, so the caller may retry.
 */
export class LedgerWriteError extends LedgerError {
  override readonly name: string = 'LedgerWriteError';
  /** The file that could not be written. */
  readonly file: string;

  /** @param init - the file and the underlying error */
  constructor(init: { file: string; cause: unknown }) {
    const detail = init.cause instanceof Error ? init.cause.message : String(init.cause);
    const code = (init.cause as { code?: unknown } | undefined)?.code;
    const hint =
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? ' The account running this process may not write there (or the disk is read-only): give it write access to the state folder and everything in it, or run as the account that owns it; reading (status, doctor) still works.'
        : code === 'ENOSPC'
          ? ' The disk is full: free space, then start again (nothing was lost).'
          : '';
    super(
      'LEDGER_WRITE_FAILED',
      `Could not write the ledger file ${init.file}: ${detail}.${hint}`,
      init.cause,
    );
    this.file = init.file;
    brand(this, 'LedgerWriteError');
  }

  /** Whether `value` is a {@link LedgerWriteError} from any copy of this package. */
  static override isInstance(value: unknown): value is LedgerWriteError {
    return hasBrand(value, 'LedgerWriteError');
  }
}
