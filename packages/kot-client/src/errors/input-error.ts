import { brand, hasBrand } from '../internal/brand.js';
import { KotError } from './kot-error.js';
import type { KotValidationIssue } from './validation-issue.js';

/** What a {@link KotInputError} is built from. */
export interface KotInputErrorInit {
  /** The operation that was called, e.g. `timerecords.create`. */
  operation: string;
  /** What is wrong with the arguments. */
  issues: readonly KotValidationIssue[];
}

/**
 * The arguments of a call are invalid (a date not `YYYY-MM-DD`, an employee code given as a
 * number, a 打刻 time outside its working day, …). Nothing was sent.
 *
 * @example
 * ```ts
 * // KotInputError: Invalid arguments to employees.get: code: employee codes are strings such as "0001", never numbers
 * await kot.employees.get(1 as unknown as string);
 * ```
 */
export class KotInputError extends KotError {
  override readonly name: string = 'KotInputError';
  /** The operation that was called. */
  readonly operation: string;
  /** What is wrong, field by field. */
  readonly issues: readonly KotValidationIssue[];

  /** @param init - the operation and its issues */
  constructor(init: KotInputErrorInit) {
    super(
      'KOT_INVALID_INPUT',
      `Invalid arguments to ${init.operation}: ${init.issues
        .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
        .join('; ')}`,
    );
    this.operation = init.operation;
    this.issues = init.issues;
    brand(this, 'KotInputError');
  }

  /** Whether `value` is a {@link KotInputError} from any copy of this package. */
  static override isInstance(value: unknown): value is KotInputError {
    return hasBrand(value, 'KotInputError');
  }
}
