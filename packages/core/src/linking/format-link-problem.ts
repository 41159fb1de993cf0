import type { LinkProblem } from './link-problem.js';

/**
 * One line for a person: `links.csv:3: error: … Fix: …`.
 *
 * @param file - the file name to start with. @default 'links.csv'
 */
export function formatLinkProblem(problem: LinkProblem, file = 'links.csv'): string {
  return `${file}:${problem.line}: ${problem.severity}: ${problem.message} Fix: ${problem.fix}`;
}
