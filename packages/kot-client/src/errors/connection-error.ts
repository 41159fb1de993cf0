import { brand, hasBrand } from '../internal/brand.js';
import { KotError, type KotErrorOptions } from './kot-error.js';

/** What a {@link KotConnectionError} is built from. */
export interface KotConnectionErrorInit extends KotErrorOptions {
  /** The HTTP method. */
  method: string;
  /** The redacted request path. */
  path: string;
  /** What happened, already redacted (e.g. `connect ECONNREFUSED 127.0.0.1:443`). */
  reason: string;
  /**
   * Whether the request certainly never reached KING OF TIME (connection refused, DNS failure,
   * TLS failure, the proxy refused the tunnel). `false` when it may have been sent.
   */
  notSent: boolean;
  /** The proxy in use (`http://host:port`, never credentials), if any. */
  proxy?: string;
  /** Overrides the generated message. */
  message?: string;
}

/**
 * No HTTP answer came back: the connection was refused or reset, DNS failed, TLS failed, or a
 * proxy failed. {@link notSent} tells whether the request certainly never reached KING OF
 * TIME; for a write that may have been sent, {@link KotError.maybeApplied} is `true`.
 */
export class KotConnectionError extends KotError {
  override readonly name: string = 'KotConnectionError';
  /** The HTTP method. */
  readonly method: string;
  /** The redacted request path. */
  readonly path: string;
  /** What happened underneath, redacted. */
  readonly reason: string;
  /** `true` when the request certainly never reached KING OF TIME. */
  readonly notSent: boolean;
  /** The proxy in use, as `scheme://host:port`, if any. */
  readonly proxy: string | undefined;

  /** @param init - the facts of the failure */
  constructor(init: KotConnectionErrorInit) {
    super(
      'KOT_CONNECTION_FAILED',
      init.message ??
        `Could not reach KING OF TIME for ${init.method} ${init.path}${init.proxy ? ` through the proxy ${init.proxy}` : ''}: ${init.reason}${
          init.maybeApplied ? ' (the request may have been applied; check before repeating it)' : ''
        }`,
      init,
    );
    this.method = init.method;
    this.path = init.path;
    this.reason = init.reason;
    this.notSent = init.notSent;
    this.proxy = init.proxy;
    brand(this, 'KotConnectionError');
  }

  /** Whether `value` is a {@link KotConnectionError} from any copy of this package. */
  static override isInstance(value: unknown): value is KotConnectionError {
    return hasBrand(value, 'KotConnectionError');
  }
}
