/**
 * A reason in a form any language can render: a stable `code` and the facts it names. The
 * English `reason` beside it stays for logs, `--json` and library users; an application that
 * speaks another language renders `code` with `values` through its own messages, and falls back
 * to the English `reason` for a code it does not know (or a ledger written before codes existed).
 *
 * Codes written by `@pclogin/core` itself:
 *
 * | code | values | cause |
 * |---|---|---|
 * | `sink-outage` | `until` (ISO 8601), `last` (the last failure's text) | the last failure's detail |
 * | `unexpected-failure` | `message` | |
 * | `waiting-to-read-new-days` | `message` (the read failure's text) | the read failure's detail |
 * | `waiting-to-read-employee` | `employeeCode`, `message` | the read failure's detail |
 * | `held-before-sending` | | |
 * | `absent-resend` | | |
 * | `read-failed` | `message` | |
 * | `read-employee-failed` | `employeeCode`, `message` (the read failure's text) | the read failure's detail |
 * | `interrupted` | | |
 * | `ledger-repaired` | | |
 *
 * Sinks add their own (e.g. the agent's `kot-restricted-hours` with `until`).
 *
 * @example
 * const detail: ReasonDetail = { code: 'waiting-to-read-employee', values: { employeeCode: '0001' } };
 */
export interface ReasonDetail {
  /** Stable and machine-readable, kebab-case (e.g. `sink-outage`). */
  code: string;
  /** The facts the reason names: text, numbers, instants as ISO 8601 strings. */
  values?: Record<string, string | number>;
  /** The underlying reason, when this one wraps another (e.g. a read failure behind a wait). */
  cause?: ReasonDetail;
}
