import { brand, hasBrand } from '../internal/brand.js';
import { KotError } from './kot-error.js';
import type { KotValidationIssue } from './validation-issue.js';

/**
 * `createKotClient` was given options it cannot work with, or no access token: pass `token`
 * or set the `KOT_ACCESS_TOKEN` environment variable.
 */
export class KotConfigurationError extends KotError {
  override readonly name: string = 'KotConfigurationError';
  /** What is wrong, option by option. */
  readonly issues: readonly KotValidationIssue[];

  /** @param issues - what is wrong, option by option */
  constructor(issues: readonly KotValidationIssue[]) {
    super(
      'KOT_INVALID_CONFIGURATION',
      `Invalid KING OF TIME client options: ${issues
        .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
        .join('; ')}`,
    );
    this.issues = issues;
    brand(this, 'KotConfigurationError');
  }

  /** Whether `value` is a {@link KotConfigurationError} from any copy of this package. */
  static override isInstance(value: unknown): value is KotConfigurationError {
    return hasBrand(value, 'KotConfigurationError');
  }
}
