// The console's read model: what the ledger, the log events and the employee list say about
// each employee's working day, built only from the core's public APIs. Kept in this one module
// so that a shared per-day punch model can replace it in one place.
import type {
  ConsolePunchKind,
  CorrectionView,
  DayRowView,
  LinkSuggestion,
  LogRowView,
  PunchView,
  UnlinkedAccountView,
} from '@pclogin/console';
import {
  annotateLogView,
  type EmployeeDirectory,
  employeeDisplayName,
  formatInstant,
  type LedgerCorrection,
  type LedgerPunch,
  type LinkRow,
  type LogEvent,
  normalizeAccount,
  type WorkdayOptions,
} from '@pclogin/core';
import { correctionText } from '../cli/format/correction-text.js';
import { localizedReason } from '../i18n/localized-reason.js';

/** An instant as the console shows it: `YYYY-MM-DD HH:MM:SS` in the company's time zone. */
export function localTime(at: Date, timeZone: string): string {
  return formatInstant(at, timeZone).slice(0, 19).replace('T', ' ');
}

/** Employee code → display name, from the employee list. */
export function employeeNames(directory: EmployeeDirectory | undefined): Map<string, string> {
  return new Map((directory?.employees ?? []).map((e) => [e.code, employeeDisplayName(e)]));
}

/** A ledger punch for the console. */
export function punchView(
  p: LedgerPunch,
  timeZone: string,
  names: ReadonlyMap<string, string>,
  until?: Date,
): PunchView {
  const name = names.get(p.employeeCode);
  return {
    id: p.id,
    employeeCode: p.employeeCode,
    ...(name ? { employeeName: name } : {}),
    workday: p.workday,
    kind: p.kind,
    at: localTime(p.at, timeZone),
    state: p.state,
    attempts: p.attempts,
    ...(p.reason
      ? { reason: p.reason, reasonByLang: localizedReason(p.reason, p.reasonDetail, timeZone) }
      : {}),
    ...(until ? { until: localTime(until, timeZone) } : {}),
  };
}

/** A correction item for the console. */
export function correctionView(
  c: LedgerCorrection,
  timeZone: string,
  names: ReadonlyMap<string, string>,
): CorrectionView {
  const name = names.get(c.employeeCode);
  return {
    id: c.id,
    employeeCode: c.employeeCode,
    ...(name ? { employeeName: name } : {}),
    workday: c.workday,
    kind: c.kind ?? '',
    message: c.message,
    messageByLang: { ja: correctionText(c, timeZone, 'ja'), en: correctionText(c, timeZone, 'en') },
    createdAt: localTime(c.createdAt, timeZone),
  };
}

/** What the day rows and the log view are computed from. */
export interface ReadModelInput {
  events: readonly LogEvent[];
  /** Account (normalised) → employee code. */
  resolveEmployee: (account: string) => string | undefined;
  /** Each employee's working-day options (the division's 日付変更時刻). */
  workdayOptions: (employeeCode: string | undefined) => WorkdayOptions;
  timeZone: string;
  names: ReadonlyMap<string, string>;
}

/** The log view's rows (every event with its working day and remark), oldest first. */
export function annotatedLogRows(input: ReadModelInput): LogRowView[] {
  const annotated = annotateLogView(input.events, {
    resolveEmployee: input.resolveEmployee,
    workdayOptions: (employeeCode) => input.workdayOptions(employeeCode),
  });
  annotated.sort((a, b) => a.at.getTime() - b.at.getTime());
  return annotated.map((e) => {
    const name = e.employeeCode ? input.names.get(e.employeeCode) : undefined;
    return {
      at: localTime(e.at, input.timeZone),
      account: normalizeAccount(e.account),
      ...(e.computer !== undefined ? { computer: e.computer } : {}),
      event: e.raw,
      workday: e.workday,
      remark: e.remark,
      ...(e.employeeCode ? { employeeCode: e.employeeCode } : {}),
      ...(name ? { employeeName: name } : {}),
    };
  });
}

/**
 * 日別データ: per employee (or unlinked account) and working day in `[from, to]`, the first and
 * last log and the ledger's punches of that day, ordered by employee then day.
 */
export function dayRows(
  input: ReadModelInput,
  punches: readonly LedgerPunch[],
  query: { from: string; to: string; employee?: string },
): DayRowView[] {
  const rows = new Map<string, DayRowView & { first?: Date; last?: Date }>();
  const keyOf = (who: string, workday: string) => `${who}\u0000${workday}`;
  const inRange = (workday: string) => workday >= query.from && workday <= query.to;
  const row = (employeeCode: string | undefined, account: string, workday: string) => {
    const key = keyOf(employeeCode ?? `account:${account}`, workday);
    let r = rows.get(key);
    if (!r) {
      const name = employeeCode ? input.names.get(employeeCode) : undefined;
      r = {
        ...(employeeCode ? { employeeCode } : {}),
        ...(name ? { employeeName: name } : {}),
        accounts: [],
        workday,
        punches: [],
      };
      rows.set(key, r);
    }
    return r;
  };
  for (const e of annotateLogView(input.events, {
    resolveEmployee: input.resolveEmployee,
    workdayOptions: (employeeCode) => input.workdayOptions(employeeCode),
  })) {
    if (!inRange(e.workday)) continue;
    if (query.employee && e.employeeCode !== query.employee) continue;
    const account = normalizeAccount(e.account);
    const r = row(e.employeeCode, account, e.workday);
    if (!r.accounts.includes(account)) r.accounts.push(account);
    if (!r.first || e.at < r.first) r.first = e.at;
    if (!r.last || e.at > r.last) r.last = e.at;
  }
  for (const p of punches) {
    if (!inRange(p.workday)) continue;
    if (query.employee && p.employeeCode !== query.employee) continue;
    row(p.employeeCode, '', p.workday).punches.push(punchView(p, input.timeZone, input.names));
  }
  const result: DayRowView[] = [];
  for (const { first, last, ...r } of rows.values()) {
    r.punches.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    result.push({
      ...r,
      ...(first ? { firstLog: localTime(first, input.timeZone) } : {}),
      ...(last ? { lastLog: localTime(last, input.timeZone) } : {}),
    });
  }
  const who = (r: DayRowView) => r.employeeCode ?? `~${r.accounts[0] ?? ''}`;
  return result.sort((a, b) => (who(a) < who(b) ? -1 : who(a) > who(b) ? 1 : a.workday < b.workday ? -1 : 1));
}

/** What KING OF TIME holds per employee code and working day: the first 出勤 and last 退勤. */
export type KotHolds = Map<string, { clockIn?: string; clockOut?: string }>;

/** The key of {@link KotHolds}. */
export function kotKey(employeeCode: string, workday: string): string {
  return `${employeeCode}|${workday}`;
}

/**
 * Marks each employee day whose sent 出勤 / 退勤 differ from what KING OF TIME holds (to the
 * minute, as KING OF TIME shows times), or where one side has a punch the other lacks.
 */
export function markKotDifferences(rows: DayRowView[], kot: KotHolds): void {
  const minute = (at: string | undefined) => at?.slice(0, 16);
  for (const row of rows) {
    if (!row.employeeCode) continue;
    const holds = kot.get(kotKey(row.employeeCode, row.workday)) ?? {};
    row.kot = holds;
    const differences: ConsolePunchKind[] = [];
    for (const kind of ['clockIn', 'clockOut'] as const) {
      const sent = row.punches.filter((p) => p.kind === kind && p.state === 'sent');
      const expected = kind === 'clockIn' ? sent[0] : sent.at(-1);
      if (minute(expected?.at) !== minute(holds[kind])) differences.push(kind);
    }
    row.differences = differences;
  }
}

/** Accounts in `events` no link covers, newest log first. */
export function unlinkedInLogs(
  events: readonly LogEvent[],
  links: readonly LinkRow[],
  timeZone: string,
): UnlinkedAccountView[] {
  const linked = new Set(
    links.filter((l) => l.employeeCode.trim() !== '').map((l) => normalizeAccount(l.serviceAccount)),
  );
  const seen = new Map<string, { last: Date; events: number }>();
  for (const e of events) {
    const account = normalizeAccount(e.account);
    if (account === '' || linked.has(account)) continue;
    const s = seen.get(account);
    if (!s) seen.set(account, { last: e.at, events: 1 });
    else {
      s.events++;
      if (e.at > s.last) s.last = e.at;
    }
  }
  return [...seen]
    .sort(([, a], [, b]) => b.last.getTime() - a.last.getTime())
    .map(([account, s]) => ({ account, lastSeen: localTime(s.last, timeZone), events: s.events }));
}

/**
 * Employees an unlinked account probably belongs to: the account is the employee code, equals
 * it but for zero padding (`12` / `0012`), or holds the employee's name.
 */
export function suggestLinks(account: string, directory: EmployeeDirectory | undefined): LinkSuggestion[] {
  const suggestions: LinkSuggestion[] = [];
  const a = normalizeAccount(account).toLowerCase();
  const unpadded = (s: string) => s.replace(/^0+(?=.)/, '');
  for (const e of directory?.employees ?? []) {
    const name = employeeDisplayName(e);
    const base = { employeeCode: e.code, ...(name ? { employeeName: name } : {}) };
    const code = e.code.toLowerCase();
    if (code === a) suggestions.push({ ...base, why: 'same-code' });
    else if (/^\d+$/.test(a) && /^\d+$/.test(code) && unpadded(code) === unpadded(a))
      suggestions.push({ ...base, why: 'zero-padding' });
    else {
      const parts = [e.lastName, e.firstName, `${e.lastName ?? ''}${e.firstName ?? ''}`]
        .map((p) => p?.normalize('NFKC').toLowerCase().replace(/\s+/g, '') ?? '')
        .filter((p) => p.length >= 2);
      if (parts.some((p) => a.includes(p))) suggestions.push({ ...base, why: 'name' });
    }
  }
  const order = { 'same-code': 0, 'zero-padding': 1, name: 2 } as const;
  return suggestions.sort((x, y) => order[x.why] - order[y.why]).slice(0, 5);
}
