import { t } from '../i18n/translate.js';
import { AgentError } from './agent-error.js';

/** One problem in the configuration: the field (dotted path) and what to do about it. */
export interface ConfigProblem {
  /** The field, e.g. `proxy.url`, or the environment variable, e.g. `PCLOGIN_ACCESS_TOKEN`. */
  field: string;
  /** What is wrong and how to fix it, in one sentence. */
  message: string;
}

/**
 * The configuration is missing, unreadable or invalid. Every problem names its field and the
 * fix; a secret's value is never shown (at most its length and last four characters).
 * The CLI exits with status 2.
 */
export class ConfigError extends AgentError {
  override name = 'ConfigError';
  /** Where the configuration came from (the file path), when there is a file. */
  readonly file: string | undefined;
  /** Every problem found, in the order of the fields. */
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[], file?: string) {
    const where = file ? `${file}: ` : '';
    const lines = problems.map((p) => `  - ${p.field}: ${p.message}`);
    super(`${t('config.invalid', { where })}\n${lines.join('\n')}`, {
      code: 'CONFIG_INVALID',
      exitStatus: 2,
    });
    this.file = file;
    this.problems = problems;
  }
}
