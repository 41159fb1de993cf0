import { AgentError } from './agent-error.js';

/** A command was called with an invalid argument or option (e.g. a bad `--now`). Exit status 2. */
export class UsageError extends AgentError {
  override name = 'UsageError';

  constructor(message: string) {
    super(message, { code: 'USAGE', exitStatus: 2 });
  }
}
