/** Options of `createAggregator` or `restoreAggregator` that are not valid; `field` names the option. */
export class AggregatorOptionsError extends Error {
  override readonly name = 'AggregatorOptionsError';
  /** Machine-readable reason. */
  readonly code = 'invalid-aggregator-options';
  /** The option, e.g. `breaks.minGapMinutes`. */
  readonly field: string;

  constructor(field: string, message: string) {
    super(`Aggregator option ${field}: ${message}`);
    this.field = field;
  }
}
