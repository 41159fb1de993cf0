import { brand, hasBrand } from '../internal/brand.js';
import { KotApiError, type KotApiErrorInit } from './api-error.js';

/**
 * HTTP 401: KING OF TIME did not accept the access token (wrong, revoked, or not allowed from
 * this IP address — a token's allowed source IPs must be set in KOT WebAPI連携設定).
 */
export class KotAuthenticationError extends KotApiError {
  override readonly name: string = 'KotAuthenticationError';

  /** @param init - the facts of the failure */
  constructor(init: KotApiErrorInit) {
    super(
      {
        ...init,
        message:
          init.message ??
          `KING OF TIME rejected the access token for ${init.method} ${init.path} (HTTP ${init.status}); check the token and its allowed IP addresses in KOT WebAPI連携設定`,
      },
      'KOT_AUTHENTICATION_FAILED',
    );
    brand(this, 'KotAuthenticationError');
  }

  /** Whether `value` is a {@link KotAuthenticationError} from any copy of this package. */
  static override isInstance(value: unknown): value is KotAuthenticationError {
    return hasBrand(value, 'KotAuthenticationError');
  }
}
