import type { LinkProblem } from '@pclogin/core';
import type { Locale } from '../../i18n/locale.js';
import { CATALOGS, getLocale, type MessageKey, t, translate } from '../../i18n/translate.js';

/**
 * A problem of a linking CSV as one line, `file:line: severity: what. Fix: how`, in the CLI's
 * language: the catalog's sentence for its code, filled with the values the problem names (the
 * library's own English sentence when the catalog has none for it).
 */
export function describeLinkProblem(problem: LinkProblem, file: string): string {
  const { message, fix } = linkProblemText(problem);
  return t('links.problem', {
    where: `${file}:${problem.line}`,
    severity: t(`links.severity.${problem.severity}`),
    message,
    fix,
  });
}

/** What is wrong and how to fix it, in the CLI's language (or `locale`). */
export function linkProblemText(
  problem: LinkProblem,
  locale: Locale = getLocale(),
): { message: string; fix: string } {
  const values = problem.values;
  const variant =
    problem.code === 'unknown-employee' && values?.['suggestions']
      ? 'unknown-employee.suggest'
      : problem.code === 'field-count' && values?.['extra']
        ? 'field-count.extra'
        : problem.code;
  const messageKey = `linkProblem.${variant}`;
  const fixKey = `linkFix.${variant}`;
  if (!values || !(messageKey in CATALOGS.en) || !(fixKey in CATALOGS.en))
    return { message: problem.message, fix: problem.fix };
  return {
    message: translate(locale, messageKey as MessageKey, values),
    fix: translate(locale, fixKey as MessageKey, values),
  };
}
