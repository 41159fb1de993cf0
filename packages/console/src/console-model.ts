// What the console shows, as its backend hands it over: plain data, times already written in
// the company's time zone (`YYYY-MM-DD HH:MM:SS`). The console renders it and never reads a
// ledger, a log folder or KING OF TIME itself.

/** A punch's kind, as the ledger names it. */
export type ConsolePunchKind = 'clockIn' | 'clockOut' | 'breakStart' | 'breakEnd';

/** A punch's delivery state, as the ledger names it. */
export type ConsolePunchState = 'planned' | 'sending' | 'sent' | 'uncertain' | 'failed';

/** One punch of the ledger. */
export interface PunchView {
  /** The ledger's id (`code|workday|kind|seq`), for retry. */
  id: string;
  employeeCode: string;
  employeeName?: string;
  workday: string;
  kind: ConsolePunchKind;
  /** The punch time. */
  at: string;
  state: ConsolePunchState;
  attempts: number;
  /** Why it failed, is uncertain, or waits. */
  reason?: string;
  /** {@link PunchView.reason} in the languages the backend can say it in; the page shows its own language's, else `reason`. */
  reasonByLang?: Partial<Record<'ja' | 'en', string>>;
  /** Until when it waits (planned) or when it can be checked (uncertain). */
  until?: string;
}

/** A correction item: something a person fixes in KING OF TIME (打刻編集). */
export interface CorrectionView {
  id: string;
  employeeCode: string;
  employeeName?: string;
  workday: string;
  kind: string;
  message: string;
  /** {@link CorrectionView.message} in the languages the backend can say it in; the page shows its own language's. */
  messageByLang?: Partial<Record<'ja' | 'en', string>>;
  createdAt: string;
}

/** An account seen in the logs that no link covers. */
export interface UnlinkedAccountView {
  account: string;
  /** The newest log of the account. */
  lastSeen: string;
  events: number;
}

/** The 状態 (home) screen. */
export interface ConsoleStatus {
  /** The instant described. */
  at: string;
  timeZone: string;
  /** Whether an agent holds the ledger now (its lock is held and fresh). */
  agent: { running: boolean; pid?: number; hostname?: string; since?: string };
  /** The agent's last pass, as it recorded it. */
  lastPass?: {
    at: string;
    events: number;
    sent: number;
    failed: number;
    stopped?: string;
    /** `stopped` in the languages the backend can say it in; the page shows its own language's. */
    stoppedByLang?: Partial<Record<'ja' | 'en', string>>;
  };
  /** When the running agent's next pass is due. */
  nextPassAt?: string;
  counts: Record<ConsolePunchState, number>;
  /** Planned punches that could be sent now. */
  due: number;
  unlinked: UnlinkedAccountView[];
  failed: PunchView[];
  uncertain: PunchView[];
  corrections: CorrectionView[];
  /** KING OF TIME's restricted hours (no reads or writes). */
  restricted: { now: boolean; until?: string };
  /** Whether an access token is configured; the token itself never leaves the backend. */
  token: { configured: boolean };
  /** The proxy, without credentials. */
  proxy?: { url: string; authenticated: boolean };
  logDirectory?: string;
  /** The newest log file and how old it is. */
  newestLog?: { file: string; modifiedAt: string; ageMinutes: number };
  ledgerDirectory: string;
  linksFile: string;
  /** The cached KING OF TIME employee list. */
  employeeList?: { fetchedAt: string; employees: number };
  /** What could not be read, for people (e.g. the log folder is missing). */
  problems: string[];
}

/** The 日別データ screen's question. */
export interface DaysQuery {
  /** First working day, `YYYY-MM-DD`. */
  from: string;
  /** Last working day, `YYYY-MM-DD`. */
  to: string;
  /** Only this employee code. */
  employee?: string;
  /** Also read what KING OF TIME holds for these days. */
  withKot: boolean;
}

/** What KING OF TIME holds for one employee and day. */
export interface KotDayView {
  clockIn?: string;
  clockOut?: string;
}

/** One employee's (or unlinked account's) working day. */
export interface DayRowView {
  /** The employee; absent for an account no link covers. */
  employeeCode?: string;
  employeeName?: string;
  /** The SmartOn accounts whose logs make the day. */
  accounts: string[];
  workday: string;
  firstLog?: string;
  lastLog?: string;
  punches: PunchView[];
  /** What KING OF TIME holds, when asked for. */
  kot?: KotDayView;
  /** The kinds whose time in KING OF TIME differs from what was sent (or is missing). */
  differences?: ConsolePunchKind[];
}

/** The 日別データ screen. */
export interface DaysView {
  from: string;
  to: string;
  rows: DayRowView[];
  /** The KING OF TIME read, when asked for: when it was read, or why it could not be. */
  kot?: { readAt: string } | { error: string };
}

/** The ログ表示 screen's question. */
export interface LogsQuery {
  /** Working day `YYYY-MM-DD`. */
  day?: string;
  employee?: string;
  account?: string;
  computer?: string;
  /** 1-based. */
  page: number;
  pageSize: number;
}

/** One log line. */
export interface LogRowView {
  at: string;
  account: string;
  computer?: string;
  /** The event as the log wrote it (ログオン, ロック解除, …). */
  event: string;
  workday: string;
  /** PC Login's 備考: the day's first log (ログオン), its last (ログオフ), or nothing. */
  remark: string;
  employeeCode?: string;
  employeeName?: string;
}

/** The ログ表示 screen. */
export interface LogsView {
  rows: LogRowView[];
  /** Rows matching the filter, over all pages. */
  total: number;
  page: number;
  pageSize: number;
  /** Files that could not be read, rows skipped. */
  problems: string[];
}

/** A problem of the linking CSV, as `links check` reports it. */
export interface LinkProblemView {
  line: number;
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  fix: string;
  /** `message` and `fix` in the languages the backend can say them in; the page shows its own language's. */
  byLang?: Partial<Record<'ja' | 'en', { message: string; fix: string }>>;
}

/** A suggested employee for an unlinked account. */
export interface LinkSuggestion {
  employeeCode: string;
  employeeName?: string;
  /** Why: the account is the employee code, equals it without or with zero padding, or holds the name. */
  why: 'same-code' | 'zero-padding' | 'name';
}

/** The アカウント連携 screen. */
export interface LinksView {
  file: string;
  exists: boolean;
  /** KING OF TIME's employees (the cached list) with the accounts linked to each. */
  employees: { code: string; name?: string; accounts: string[] }[];
  /** Rows of the linking CSV whose employee the list does not hold (or every row without a list). */
  otherRows: { line: number; employeeCode: string; name: string; serviceAccount: string }[];
  /** Accounts in the logs without a link, with suggestions. */
  unlinked: (UnlinkedAccountView & { suggestions: LinkSuggestion[] })[];
  problems: LinkProblemView[];
  /** The employee list the links were checked against. */
  employeeList?: { fetchedAt: string; employees: number };
}

/** One change of the linking CSV. */
export interface LinkChange {
  employeeCode: string;
  /** The SmartOn account; `''` unlinks. */
  serviceAccount: string;
  /** `set`: the employee's account becomes this one; `add`: one more account for the employee. */
  mode: 'set' | 'add';
}

/** What saving or importing the linking CSV did. */
export type LinksSaveResult =
  | { ok: true; file: string; backup?: string; links: number }
  | { ok: false; problems: LinkProblemView[] };

/** What an action (resolve, retry) did. */
export interface ActionResult {
  /**
   * `done`; `queued`: handed to the running agent, which applies it at its next pass; or why
   * nothing was done (`unknown-id`, `agent-busy`: a running agent holds the ledger).
   */
  outcome: 'done' | 'queued' | 'unknown-id' | 'agent-busy';
  /** How many items changed. */
  count: number;
  /** For `agent-busy`: who holds the ledger. */
  detail?: string;
}
