import { brand, hasBrand } from '../internal/brand.js';
import { KotError, type KotErrorOptions } from './kot-error.js';

/** What a {@link KotProxyAuthenticationError} is built from. */
export interface KotProxyAuthenticationErrorInit extends KotErrorOptions {
  /** The HTTP method. */
  method: string;
  /** The redacted request path. */
  path: string;
  /** The proxy, as `scheme://host:port` (never with credentials). */
  proxy: string;
  /** The status the proxy answered the tunnel request with (407, or 401 from some proxies). */
  proxyStatus: number;
  /** Whether credentials were sent to the proxy. */
  credentialsSent: boolean;
}

/**
 * The HTTP proxy refused the tunnel to KING OF TIME because of its authentication (407, or 401
 * as tinyproxy answers). The request never reached KING OF TIME. Check the proxy user name and
 * password (`proxy.username`/`proxy.password`, or the credentials in `HTTPS_PROXY`).
 */
export class KotProxyAuthenticationError extends KotError {
  override readonly name: string = 'KotProxyAuthenticationError';
  /** The HTTP method. */
  readonly method: string;
  /** The redacted request path. */
  readonly path: string;
  /** The proxy, as `scheme://host:port`. */
  readonly proxy: string;
  /** The status the proxy answered with. */
  readonly proxyStatus: number;
  /** Whether credentials were sent to the proxy. */
  readonly credentialsSent: boolean;

  /** @param init - the facts of the refusal */
  constructor(init: KotProxyAuthenticationErrorInit) {
    super(
      'KOT_PROXY_AUTHENTICATION_FAILED',
      init.credentialsSent
        ? `The proxy ${init.proxy} rejected its credentials (HTTP ${init.proxyStatus}) for ${init.method} ${init.path}; check the proxy user name and password`
        : `The proxy ${init.proxy} requires authentication (HTTP ${init.proxyStatus}) for ${init.method} ${init.path}; set proxy.username and proxy.password (or user:password in HTTPS_PROXY)`,
      init,
    );
    this.method = init.method;
    this.path = init.path;
    this.proxy = init.proxy;
    this.proxyStatus = init.proxyStatus;
    this.credentialsSent = init.credentialsSent;
    brand(this, 'KotProxyAuthenticationError');
  }

  /** Whether `value` is a {@link KotProxyAuthenticationError} from any copy of this package. */
  static override isInstance(value: unknown): value is KotProxyAuthenticationError {
    return hasBrand(value, 'KotProxyAuthenticationError');
  }
}
