/**
 * Thrown by {@link startKotSimulator}, `sim.addEmployee`, `sim.addTimerecord` and
 * `sim.configure` when their input is invalid; the message names every offending field.
 */
export class KotSimulatorOptionsError extends Error {
  /** Stable error name. */
  override readonly name = 'KotSimulatorOptionsError';
  /** Machine-readable code. */
  readonly code = 'KOT_SIMULATOR_INVALID_OPTIONS';
  /** Each problem as `path: message`, e.g. `seed.employees[0].code: Expected string`. */
  readonly issues: readonly string[];

  constructor(issues: readonly string[]) {
    super(`Invalid KOT simulator input:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.issues = issues;
  }
}
