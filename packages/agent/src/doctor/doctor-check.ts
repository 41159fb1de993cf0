import type { Message } from '../i18n/translate.js';

/** The outcome of one `doctor` check. */
export type DoctorStatus = 'ok' | 'warn' | 'fail' | 'skip';

/** The checks of `pclogin-agent doctor`, by their stable id (the `--json` output's `id`). */
export type DoctorCheckId =
  | 'config'
  | 'log-folder'
  | 'newest-log'
  | 'parse'
  | 'links'
  | 'unlinked-accounts'
  | 'unused-links'
  | 'ledger'
  | 'ledger-lock'
  | 'restricted-hours'
  | 'token'
  | 'network'
  | 'clock';

/**
 * One line of `pclogin-agent doctor`: what was checked, what was found, and the fix. The
 * texts are messages, rendered in the reader's language (and in English for `--json`, whose
 * output never depends on the language); the title comes from the id (`doctor.title.<id>`).
 */
export interface DoctorCheck {
  /** Stable id, e.g. `log-folder`. */
  id: DoctorCheckId;
  status: DoctorStatus;
  /** What was found. */
  detail: Message;
  /** What to do, in one line (for `warn` and `fail`). */
  fix?: Message;
}
