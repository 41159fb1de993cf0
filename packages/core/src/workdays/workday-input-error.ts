/** Why {@link WorkdayInputError} was thrown. */
export type WorkdayInputErrorCode = 'invalid-time-zone' | 'invalid-day-border' | 'invalid-workday';

/**
 * A time zone, day-change time or working day that cannot be used, with the value and the
 * field it came from.
 */
export class WorkdayInputError extends Error {
  override readonly name = 'WorkdayInputError';
  /** Machine-readable reason. */
  readonly code: WorkdayInputErrorCode;
  /** The option or argument that was wrong (`timeZone`, `dayBorder`, `workday`). */
  readonly field: string;
  /** The value as given. */
  readonly value: unknown;

  constructor(code: WorkdayInputErrorCode, field: string, value: unknown, message: string) {
    super(message);
    this.code = code;
    this.field = field;
    this.value = value;
  }
}
