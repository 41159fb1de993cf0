import { brand, hasBrand } from '../internal/brand.js';
import { LedgerError } from './ledger-error.js';

/**
 * A ledger file failed its checks somewhere other than an unfinished last write (which is
 * dropped silently, because it was never acknowledged): a checksum mismatch followed by valid
 * records, a missing transaction, or an unreadable snapshot. Nothing is changed on disk; the
 * message says how to recover.
 */
export class LedgerCorruptError extends LedgerError {
  override readonly name: string = 'LedgerCorruptError';
  /** The damaged file. */
  readonly file: string;
  /** The 1-based line of the first damaged record, when known. */
  readonly line: number | undefined;
  /** What is wrong with it. */
  readonly reason: string;

  /** @param init - the damaged file, its line and what is wrong */
  constructor(init: { file: string; line?: number; reason: string }) {
    super(
      'LEDGER_CORRUPT',
      `The ledger file ${init.file}${init.line === undefined ? '' : ` (line ${init.line})`} is damaged: ${init.reason}. ` +
        'Nothing was changed. Keep a copy of the state directory, then open it with `repair: true` to keep every ' +
        'record before the damage and check the rest against KING OF TIME.',
    );
    this.file = init.file;
    this.line = init.line;
    this.reason = init.reason;
    brand(this, 'LedgerCorruptError');
  }

  /** Whether `value` is a {@link LedgerCorruptError} from any copy of this package. */
  static override isInstance(value: unknown): value is LedgerCorruptError {
    return hasBrand(value, 'LedgerCorruptError');
  }
}
