import { type ParseIssueCode, parseIssueCodes } from '@pclogin/smarton-csv';
import { getLocale, type LocalizedText, translate } from '../../i18n/translate.js';

/**
 * What is wrong with a log row, for people: in English the reader's own sentence (it names the
 * values), in Japanese the catalog's sentence for its code (the row itself is shown beside it).
 */
export function parseIssueReason(issue: { code: string; reason: string }): string {
  return localizedParseIssueReason(issue)[getLocale()];
}

/** {@link parseIssueReason} in every language, for a message rendered later. */
export function localizedParseIssueReason(issue: { code: string; reason: string }): LocalizedText {
  return {
    en: issue.reason,
    ja: isParseIssueCode(issue.code) ? translate('ja', `parseIssue.${issue.code}`) : issue.reason,
  };
}

function isParseIssueCode(code: string): code is ParseIssueCode {
  return (parseIssueCodes as readonly string[]).includes(code);
}
