/**
 * A stored aggregator state that cannot be restored: not JSON of the expected shape, or
 * from an unknown version. `path` says where in the state.
 */
export class AggregatorStateError extends Error {
  override readonly name = 'AggregatorStateError';
  /** Machine-readable reason. */
  readonly code = 'invalid-aggregator-state';
  /** Where in the state the first problem is, e.g. `days.3.first.at`. */
  readonly path: string;

  constructor(path: string, message: string) {
    super(`Cannot restore the aggregator state: ${path ? `${path}: ` : ''}${message}`);
    this.path = path;
  }
}
