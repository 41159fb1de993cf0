import { brand, hasBrand } from '../internal/brand.js';
import { KotApiError, type KotApiErrorInit } from './api-error.js';

/**
 * HTTP 404: the employee, date or resource does not exist in KING OF TIME (or the path is wrong).
 */
export class KotNotFoundError extends KotApiError {
  override readonly name: string = 'KotNotFoundError';

  /** @param init - the facts of the failure */
  constructor(init: KotApiErrorInit) {
    super(init, 'KOT_NOT_FOUND');
    brand(this, 'KotNotFoundError');
  }

  /** Whether `value` is a {@link KotNotFoundError} from any copy of this package. */
  static override isInstance(value: unknown): value is KotNotFoundError {
    return hasBrand(value, 'KotNotFoundError');
  }
}
