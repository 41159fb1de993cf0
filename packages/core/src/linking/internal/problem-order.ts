import type { LinkProblem } from '../link-problem.js';

const rank = { error: 0, warning: 1, info: 2 } as const;

/** Problems by line, then errors before warnings before information. Stable otherwise. */
export function sortProblems(problems: LinkProblem[]): LinkProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        a.problem.line - b.problem.line ||
        rank[a.problem.severity] - rank[b.problem.severity] ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}
