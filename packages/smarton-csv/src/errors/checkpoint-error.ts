/**
 * A checkpoint given to the folder reader is not one it wrote (or was damaged in storage).
 * `problems` names the fields.
 */
export class CheckpointError extends Error {
  override readonly name = 'CheckpointError';
  /** Stable machine-readable code. */
  readonly code = 'invalid-checkpoint';
  /** Paths and messages of what is wrong. */
  readonly problems: string[];

  constructor(problems: string[]) {
    super(
      `The log folder checkpoint is not valid: ${problems.join('; ')}. Start from no checkpoint to read again.`,
    );
    this.problems = problems;
  }
}
