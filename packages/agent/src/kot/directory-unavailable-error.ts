import { AgentError } from '../errors/agent-error.js';

/**
 * KING OF TIME's employee list is needed, no copy is cached, and it cannot be read now (its
 * restricted hours, or the read failed). `retryAt` says when to try again, when known.
 */
export class DirectoryUnavailableError extends AgentError {
  override name = 'DirectoryUnavailableError';
  /** When reading can work again (e.g. the end of the restricted window). */
  readonly retryAt: Date | undefined;

  constructor(message: string, options: { retryAt?: Date; cause?: unknown } = {}) {
    super(message, { code: 'DIRECTORY_UNAVAILABLE', cause: options.cause });
    this.retryAt = options.retryAt;
  }
}
