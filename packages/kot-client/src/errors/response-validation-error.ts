import { brand, hasBrand } from '../internal/brand.js';
import { KotError, type KotErrorOptions } from './kot-error.js';
import type { KotValidationIssue } from './validation-issue.js';

/** What a {@link KotResponseValidationError} is built from. */
export interface KotResponseValidationErrorInit extends KotErrorOptions {
  /** The HTTP method. */
  method: string;
  /** The redacted request path. */
  path: string;
  /** The HTTP status of the response. */
  status: number;
  /** What did not fit. */
  issues: readonly KotValidationIssue[];
}

/**
 * A successful response did not have the shape this client expects (after tolerating omitted
 * nulls, unknown new fields and codes sent as numbers) or was not JSON. {@link issues} lists
 * what did not fit; for a write, the write was applied.
 */
export class KotResponseValidationError extends KotError {
  override readonly name: string = 'KotResponseValidationError';
  /** The HTTP method. */
  readonly method: string;
  /** The redacted request path. */
  readonly path: string;
  /** The HTTP status of the response. */
  readonly status: number;
  /** What did not fit. */
  readonly issues: readonly KotValidationIssue[];

  /** @param init - the facts of the mismatch */
  constructor(init: KotResponseValidationErrorInit) {
    super(
      'KOT_INVALID_RESPONSE',
      `KING OF TIME's answer to ${init.method} ${init.path} (HTTP ${init.status}) has an unexpected shape: ${formatIssues(init.issues)}`,
      init,
    );
    this.method = init.method;
    this.path = init.path;
    this.status = init.status;
    this.issues = init.issues;
    brand(this, 'KotResponseValidationError');
  }

  /** Whether `value` is a {@link KotResponseValidationError} from any copy of this package. */
  static override isInstance(value: unknown): value is KotResponseValidationError {
    return hasBrand(value, 'KotResponseValidationError');
  }
}

function formatIssues(issues: readonly KotValidationIssue[]): string {
  const shown = issues.slice(0, 5).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  return shown.join('; ') + (issues.length > 5 ? `; and ${issues.length - 5} more` : '');
}
