/** One problem found while validating an input or a response. */
export interface KotValidationIssue {
  /** Where, as a dotted path (`time`, `[3].employeeKey`); empty for the value as a whole. */
  readonly path: string;
  /** What is wrong. */
  readonly message: string;
}
