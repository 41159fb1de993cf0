import { brand, hasBrand } from '../internal/brand.js';
import { KotApiError, type KotApiErrorInit } from './api-error.js';

/**
 * HTTP 400: KING OF TIME rejected the request's parameters or body (for example a range over 62 days, a date out of range, or an unknown code). {@link KotApiError.apiErrors} says which.
 */
export class KotBadRequestError extends KotApiError {
  override readonly name: string = 'KotBadRequestError';

  /** @param init - the facts of the failure */
  constructor(init: KotApiErrorInit) {
    super(init, 'KOT_BAD_REQUEST');
    brand(this, 'KotBadRequestError');
  }

  /** Whether `value` is a {@link KotBadRequestError} from any copy of this package. */
  static override isInstance(value: unknown): value is KotBadRequestError {
    return hasBrand(value, 'KotBadRequestError');
  }
}
