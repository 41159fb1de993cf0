import type { LinkProblem } from '@pclogin/core';
import { t } from '../../i18n/translate.js';

/**
 * A problem of a linking CSV as one line, `file:line: severity: what. Fix: how`, in the CLI's
 * language (the problem's own text is the core library's).
 */
export function describeLinkProblem(problem: LinkProblem, file: string): string {
  return t('links.problem', {
    where: `${file}:${problem.line}`,
    severity: t(`links.severity.${problem.severity}`),
    message: problem.message,
    fix: problem.fix,
  });
}
