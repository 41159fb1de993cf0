import { brand, hasBrand } from '../internal/brand.js';
import { LedgerError } from './ledger-error.js';

/** Who holds a state directory's lock, as it recorded itself. */
export interface LedgerLockOwner {
  /** Process id. */
  pid: number;
  /** Host name of the machine the process runs on. */
  hostname: string;
  /** When it took the lock (ISO 8601). */
  since: string;
}

/**
 * Another process (or another store in this process) already writes to this state directory.
 * Two writers would break the exactly-once guarantee, so the second one is refused.
 */
export class LedgerLockedError extends LedgerError {
  override readonly name: string = 'LedgerLockedError';
  /** The state directory. */
  readonly directory: string;
  /** The holder, when it recorded itself. */
  readonly owner: LedgerLockOwner | undefined;

  /** @param init - the directory and its current holder */
  constructor(init: { directory: string; owner?: LedgerLockOwner; cause?: unknown }) {
    const who = init.owner
      ? `process ${init.owner.pid} on ${init.owner.hostname} (since ${init.owner.since})`
      : 'another process';
    super(
      'LEDGER_LOCKED',
      `The state directory ${init.directory} is in use by ${who}. Stop the other agent first; ` +
        'a lock left by a crashed process on another machine expires by itself after a few seconds.',
      init.cause,
    );
    this.directory = init.directory;
    this.owner = init.owner;
    brand(this, 'LedgerLockedError');
  }

  /** Whether `value` is a {@link LedgerLockedError} from any copy of this package. */
  static override isInstance(value: unknown): value is LedgerLockedError {
    return hasBrand(value, 'LedgerLockedError');
  }
}
