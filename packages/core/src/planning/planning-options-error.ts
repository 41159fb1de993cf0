/** Options of `planPunches` that are not valid; `field` names the option. */
export class PlanningOptionsError extends Error {
  override readonly name = 'PlanningOptionsError';
  /** Machine-readable reason. */
  readonly code = 'invalid-planning-options';
  /** The option, e.g. `graceMinutes`. */
  readonly field: string;

  constructor(field: string, message: string) {
    super(`planPunches option ${field}: ${message}`);
    this.field = field;
  }
}
