/** Why {@link LinkCsvError} was thrown. */
export type LinkCsvErrorCode = 'invalid-options' | 'unencodable-character';

/**
 * A linking CSV that cannot be written as asked (a name CP932 cannot hold), or options that
 * are not valid. Problems in a file being read are not thrown: they are returned as
 * {@link LinkProblem}s.
 */
export class LinkCsvError extends Error {
  override readonly name = 'LinkCsvError';
  /** Machine-readable reason. */
  readonly code: LinkCsvErrorCode;
  /** The employee code of the row concerned, when there is one. */
  readonly employeeCode: string | undefined;
  /** The column concerned (e.g. `姓・名`), or the option name. */
  readonly field: string | undefined;

  constructor(
    code: LinkCsvErrorCode,
    message: string,
    facts: { employeeCode?: string; field?: string } = {},
  ) {
    super(message);
    this.code = code;
    this.employeeCode = facts.employeeCode;
    this.field = facts.field;
  }
}
