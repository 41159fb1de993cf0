import { brand, hasBrand } from '../internal/brand.js';
import { KotError, type KotErrorCode, type KotErrorOptions } from './kot-error.js';

/** One entry of KING OF TIME's error body `{"errors":[{"message","code"}]}`. */
export interface KotApiErrorDetail {
  /** KING OF TIME's message, usually Japanese. */
  readonly message: string;
  /** KING OF TIME's error code; numeric codes sent as strings (`"303"`) are read as numbers. */
  readonly code?: number | string;
}

/** What an {@link KotApiError} is built from. */
export interface KotApiErrorInit extends KotErrorOptions {
  /** The HTTP status KING OF TIME answered with. */
  status: number;
  /** The HTTP method, e.g. `GET`. */
  method: string;
  /** The request path below the base URL, with any token replaced by `[REDACTED]`. */
  path: string;
  /** The errors listed in the response body, if any. */
  apiErrors?: readonly KotApiErrorDetail[];
  /** Overrides the generated message. */
  message?: string;
}

/**
 * KING OF TIME answered with an HTTP error status. Subclasses name the common cases; this
 * class itself is used for the rest (405, 408, 409, …).
 *
 * @example
 * ```ts
 * if (KotApiError.isInstance(error)) console.error(error.status, error.apiErrors);
 * ```
 */
export class KotApiError extends KotError {
  override readonly name: string = 'KotApiError';
  /** The HTTP status. */
  readonly status: number;
  /** The HTTP method of the failed request. */
  readonly method: string;
  /** The redacted request path, e.g. `/employees/0001` or `/tokens/[REDACTED]/available`. */
  readonly path: string;
  /** KING OF TIME's error codes and messages from the response body (may be empty). */
  readonly apiErrors: readonly KotApiErrorDetail[];

  /**
   * @param init - the facts of the failure
   * @param code - the machine-readable code; subclasses pass their own
   */
  constructor(init: KotApiErrorInit, code: KotErrorCode = 'KOT_API_ERROR') {
    super(code, init.message ?? describeApiError(init), init);
    this.status = init.status;
    this.method = init.method;
    this.path = init.path;
    this.apiErrors = init.apiErrors ?? [];
    brand(this, 'KotApiError');
  }

  /** Whether `value` is a {@link KotApiError} (or a subclass) from any copy of this package. */
  static override isInstance(value: unknown): value is KotApiError {
    return hasBrand(value, 'KotApiError');
  }
}

function describeApiError(init: KotApiErrorInit): string {
  const details = (init.apiErrors ?? [])
    .map((e) => (e.code === undefined ? e.message : `${e.message} (code ${e.code})`))
    .join('; ');
  return `KING OF TIME answered ${init.method} ${init.path} with HTTP ${init.status}${details ? `: ${details}` : ''}`;
}
