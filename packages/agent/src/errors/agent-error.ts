/** The process exit status the CLI uses for an error: 1 failure, 2 usage or configuration error. */
export type ExitStatus = 1 | 2;

/**
 * Base class of the agent's own errors: a stable `name`, a machine-readable `code`, the exit
 * status the CLI ends with, and a message that tells the user what to do. Never holds a secret.
 */
export class AgentError extends Error {
  override name = 'AgentError';
  /** Machine-readable reason, e.g. `CONFIG_INVALID`. */
  readonly code: string;
  /** The exit status `pclogin-agent` ends with when this error stops a command. */
  readonly exitStatus: ExitStatus;

  constructor(message: string, options: { code: string; exitStatus?: ExitStatus; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.exitStatus = options.exitStatus ?? 1;
  }

  /** Whether a value is an AgentError, also across two copies of this package. */
  static is(value: unknown): value is AgentError {
    return (
      value instanceof AgentError ||
      (value instanceof Error &&
        typeof (value as { code?: unknown }).code === 'string' &&
        ((value as { exitStatus?: unknown }).exitStatus === 1 ||
          (value as { exitStatus?: unknown }).exitStatus === 2))
    );
  }
}
