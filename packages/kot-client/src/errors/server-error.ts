import { brand, hasBrand } from '../internal/brand.js';
import { KotApiError, type KotApiErrorInit } from './api-error.js';

/**
 * HTTP 5xx: KING OF TIME (or a gateway in front of it) failed. Reads are retried; for a write, {@link KotError.maybeApplied} is `true` because it may have been applied before the failure.
 */
export class KotServerError extends KotApiError {
  override readonly name: string = 'KotServerError';

  /** @param init - the facts of the failure */
  constructor(init: KotApiErrorInit) {
    super(init, 'KOT_SERVER_ERROR');
    brand(this, 'KotServerError');
  }

  /** Whether `value` is a {@link KotServerError} from any copy of this package. */
  static override isInstance(value: unknown): value is KotServerError {
    return hasBrand(value, 'KotServerError');
  }
}
