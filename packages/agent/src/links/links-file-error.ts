import type { LinkProblem } from '@pclogin/core';
import { describeLinkProblem } from '../cli/format/describe-link-problem.js';
import { AgentError } from '../errors/agent-error.js';

/**
 * The linking CSV is missing, unreadable, or has errors (each naming its line and the fix).
 * Nothing is sent with a broken linking file: a wrong link punches the wrong person. Exit
 * status 2, like a configuration error.
 */
export class LinksFileError extends AgentError {
  override name = 'LinksFileError';
  /** The linking file. */
  readonly file: string;
  /** The problems with severity `error` (empty when the file is missing or unreadable). */
  readonly problems: readonly LinkProblem[];

  constructor(file: string, message: string, problems: readonly LinkProblem[] = []) {
    const lines = problems.map((p) => `  ${describeLinkProblem(p, file)}`);
    super([message, ...lines].join('\n'), { code: 'LINKS_INVALID', exitStatus: 2 });
    this.file = file;
    this.problems = problems;
  }
}
