import { brand, hasBrand } from '../internal/brand.js';

/** The machine-readable `code` of every error this package throws. */
export type KotErrorCode =
  | 'KOT_API_ERROR'
  | 'KOT_AUTHENTICATION_FAILED'
  | 'KOT_PERMISSION_DENIED'
  | 'KOT_RESTRICTED_HOURS'
  | 'KOT_RATE_LIMITED'
  | 'KOT_NOT_FOUND'
  | 'KOT_BAD_REQUEST'
  | 'KOT_SERVER_ERROR'
  | 'KOT_CONNECTION_FAILED'
  | 'KOT_TIMEOUT'
  | 'KOT_PROXY_AUTHENTICATION_FAILED'
  | 'KOT_INVALID_RESPONSE'
  | 'KOT_INVALID_INPUT'
  | 'KOT_INVALID_CONFIGURATION';

/** Options every {@link KotError} accepts. */
export interface KotErrorOptions {
  /** A sanitised description of what went wrong underneath (never an HTTP request or response). */
  cause?: unknown;
  /**
   * Whether KING OF TIME may have applied the write although the call failed.
   * @default false
   */
  maybeApplied?: boolean;
}

/**
 * The base of every error thrown by `@pclogin/kot-client`. Check with
 * {@link KotError.isInstance} (works across copies of the package) or `instanceof`.
 *
 * No error ever holds the access token, a proxy password, or the HTTP request or response
 * objects: messages, paths and causes are redacted before they are stored.
 *
 * @example
 * ```ts
 * try {
 *   await kot.employees.list();
 * } catch (error) {
 *   if (KotError.isInstance(error)) console.error(error.code, error.message);
 *   else throw error;
 * }
 * ```
 */
export abstract class KotError extends Error {
  /** The class name, stable across releases (e.g. `KotRateLimitError`). */
  abstract override readonly name: string;
  /** A stable machine-readable code (e.g. `KOT_RATE_LIMITED`). */
  readonly code: KotErrorCode;
  /**
   * `true` when the failed call was a write that KING OF TIME may nevertheless have applied
   * (the request was sent but no answer came back, or the server failed with 5xx). The
   * caller must check before repeating it: a second 打刻 is a second punch. `false` for
   * every read and for writes KING OF TIME certainly did not apply.
   */
  readonly maybeApplied: boolean;

  protected constructor(code: KotErrorCode, message: string, options: KotErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.maybeApplied = options.maybeApplied ?? false;
    brand(this, 'KotError');
  }

  /** Whether `value` is a {@link KotError} from any copy of this package. */
  static isInstance(value: unknown): value is KotError {
    return hasBrand(value, 'KotError');
  }

  /** A plain object for logs and `JSON.stringify`: name, code, message and the error's facts. */
  toJSON(): Record<string, unknown> {
    const facts: Record<string, unknown> = { name: this.name, code: this.code, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (!(key in facts)) facts[key] = value instanceof Date ? value.toISOString() : value;
    }
    return facts;
  }
}
