import { brand, hasBrand } from '../internal/brand.js';
import { KotError, type KotErrorOptions } from './kot-error.js';

/** What a {@link KotTimeoutError} is built from. */
export interface KotTimeoutErrorInit extends KotErrorOptions {
  /** The HTTP method. */
  method: string;
  /** The redacted request path. */
  path: string;
  /** The limit that was reached, in milliseconds. */
  timeoutMs: number;
  /** `attempt`: one request took longer than `timeout`; `total`: the call used up `totalTimeout`. */
  kind: 'attempt' | 'total';
}

/**
 * A request took longer than the per-attempt `timeout`, or the whole call (waits and retries
 * included) would have taken longer than `totalTimeout`. For a write, {@link KotError.maybeApplied}
 * is `true`: the request may have been applied although no answer came back in time.
 */
export class KotTimeoutError extends KotError {
  override readonly name: string = 'KotTimeoutError';
  /** The HTTP method. */
  readonly method: string;
  /** The redacted request path. */
  readonly path: string;
  /** The limit that was reached, in milliseconds. */
  readonly timeoutMs: number;
  /** Which limit was reached. */
  readonly kind: 'attempt' | 'total';

  /** @param init - the facts of the timeout */
  constructor(init: KotTimeoutErrorInit) {
    super(
      'KOT_TIMEOUT',
      init.kind === 'attempt'
        ? `KING OF TIME did not answer ${init.method} ${init.path} within ${init.timeoutMs} ms${
            init.maybeApplied ? ' (the request may have been applied; check before repeating it)' : ''
          }`
        : `${init.method} ${init.path} gave up: waiting and retrying would exceed the total timeout of ${init.timeoutMs} ms${
            init.maybeApplied ? ' (the request may have been applied; check before repeating it)' : ''
          }`,
      init,
    );
    this.method = init.method;
    this.path = init.path;
    this.timeoutMs = init.timeoutMs;
    this.kind = init.kind;
    brand(this, 'KotTimeoutError');
  }

  /** Whether `value` is a {@link KotTimeoutError} from any copy of this package. */
  static override isInstance(value: unknown): value is KotTimeoutError {
    return hasBrand(value, 'KotTimeoutError');
  }
}
