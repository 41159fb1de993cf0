/** The outcome of one `doctor` check. */
export type DoctorStatus = 'ok' | 'warn' | 'fail' | 'skip';

/** One line of `pclogin-agent doctor`: what was checked, what was found, and the fix. */
export interface DoctorCheck {
  /** Stable id, e.g. `log-folder`. */
  id: string;
  /** What was checked, for people. */
  title: string;
  status: DoctorStatus;
  /** What was found. */
  detail: string;
  /** What to do, in one line (for `warn` and `fail`). */
  fix?: string;
}
