import { brand, hasBrand } from '../internal/brand.js';
import { KotApiError, type KotApiErrorInit } from './api-error.js';
import type { KotErrorCode } from './kot-error.js';

/**
 * HTTP 403: the token is valid but may not do this (its read/write permissions per data area,
 * or a feature the company has not enabled). Restricted hours are reported by the subclass
 * {@link KotRestrictedHoursError}.
 */
export class KotPermissionError extends KotApiError {
  override readonly name: string = 'KotPermissionError';

  /**
   * @param init - the facts of the failure
   * @param code - the machine-readable code; subclasses pass their own
   */
  constructor(init: KotApiErrorInit, code: KotErrorCode = 'KOT_PERMISSION_DENIED') {
    super(init, code);
    brand(this, 'KotPermissionError');
  }

  /** Whether `value` is a {@link KotPermissionError} (or a subclass) from any copy of this package. */
  static override isInstance(value: unknown): value is KotPermissionError {
    return hasBrand(value, 'KotPermissionError');
  }
}
