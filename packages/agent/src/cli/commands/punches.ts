import {
  addWorkdays,
  displayId,
  formatInstant,
  type LedgerPunch,
  type PunchKind,
  type PunchReadError,
  type RecordedPunch,
  readRecordedPunches,
  workdayOf,
} from '@pclogin/core';
import { readLedgerView } from '../../agent/read-ledger-view.js';
import { UsageError } from '../../errors/usage-error.js';
import { localizedReason } from '../../i18n/localized-reason.js';
import { getLocale, type MessageKey, t } from '../../i18n/translate.js';
import { createKotClientFromConfig } from '../../kot/create-kot-client-from-config.js';
import { createKotPunchSink } from '../../kot/create-kot-punch-sink.js';
import { type ConfigOptions, createCommandContext } from '../context.js';
import { checkDayOptions } from '../day-options.js';
import { employeeDirectoryForCommand } from '../employee-directory-for-command.js';
import { KIND_NAMES } from '../format/kind-names.js';
import { renderTable } from '../format/text-table.js';

interface PunchesOptions extends ConfigOptions {
  date?: string;
  from?: string;
  to?: string;
  employee?: string;
  check?: boolean;
  json?: boolean;
}

/** One employee's working day: the ledger's punches and, with `--check`, what KING OF TIME holds. */
interface EmployeeDay {
  employeeCode: string;
  workday: string;
  punches: LedgerPunch[];
  kot?: RecordedPunch[];
}

const minute = (date: Date) => Math.floor(date.getTime() / 60_000);

/**
 * `pclogin-agent punches [--date D | --from D --to D] [--employee CODE] [--check] [--json]`: what
 * the agent planned and sent, per employee and working day (the last seven working days when no
 * date is given), with each punch's state; `--check`
 * reads what KING OF TIME holds for those days (one batched read) and marks the differences.
 * Reads the ledger without its lock: works while the service runs.
 */
export default async function punches(options: PunchesOptions): Promise<number> {
  checkDayOptions(options);
  if (options.date && (options.from || options.to)) {
    throw new UsageError(t('punches.dateAndRange'));
  }
  const context = await createCommandContext(options);
  const { config } = context;
  const tz = config.timeZone;
  const view = readLedgerView(config, context.clock);
  try {
    // Without dates: the last seven working days (a ledger keeps about three months).
    const today = workdayOf(context.clock(), { timeZone: tz });
    const none = !options.date && !options.from && !options.to;
    const from = options.date ?? options.from ?? (none ? addWorkdays(today, -6) : undefined);
    const to = options.date ?? options.to;
    const listed = view.store.list({
      ...(options.employee ? { employeeCode: options.employee } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    });
    const days = new Map<string, EmployeeDay>();
    for (const punch of listed) {
      const key = `${punch.employeeCode}|${punch.workday}`;
      const day = days.get(key) ?? { employeeCode: punch.employeeCode, workday: punch.workday, punches: [] };
      day.punches.push(punch);
      days.set(key, day);
    }
    const sorted = [...days.values()].sort((a, b) =>
      a.employeeCode !== b.employeeCode
        ? a.employeeCode < b.employeeCode
          ? -1
          : 1
        : a.workday < b.workday
          ? -1
          : a.workday > b.workday
            ? 1
            : 0,
    );
    let differences = 0;
    const unreadable = new Map<string, PunchReadError>();
    if (options.check && sorted.length > 0) {
      const { directory } = await employeeDirectoryForCommand(context, view, { required: true });
      const client = createKotClientFromConfig(config, { clock: context.clock, log: context.log });
      const sink = createKotPunchSink({ client, directory: () => directory!, now: context.clock });
      // An employee KING OF TIME cannot read (e.g. not in its employee list) is said so; the
      // others are compared all the same.
      const held = await readRecordedPunches(sink, sorted, {
        onUnreadable: (codes, error) => {
          for (const code of codes) unreadable.set(code, error);
        },
      });
      for (const day of sorted) {
        if (unreadable.has(day.employeeCode)) continue;
        day.kot = held.filter((r) => r.employeeCode === day.employeeCode && r.workday === day.workday);
      }
    }

    const reason = (p: LedgerPunch) => localizedReason(p.reason, p.reasonDetail, tz)[getLocale()];
    const unreadableReason = (employeeCode: string, locale: 'en' | 'ja') => {
      const error = unreadable.get(employeeCode);
      return error ? localizedReason(error.message, error.reasonDetail, tz)[locale] : '';
    };
    const describe = (p: LedgerPunch) => {
      switch (p.state) {
        case 'planned': {
          const at = formatInstant(p.notBefore && p.notBefore > p.at ? p.notBefore : p.at, tz);
          return p.reason
            ? t('punches.plannedBecause', { at, reason: reason(p) })
            : t('punches.planned', { at });
        }
        case 'sending':
          return t('punches.sending');
        case 'sent':
          return t(p.confirmedBy === 'reconciliation' ? 'punches.sentConfirmed' : 'punches.sent', {
            at: p.sentAt ? formatInstant(p.sentAt, tz) : '',
          });
        case 'uncertain':
          return t('punches.uncertain', { reason: reason(p) });
        case 'failed':
          return t('punches.failed', { reason: p.reason ? reason(p) : t('status.noReason') });
      }
    };
    // --json keeps the English marks; the table shows them in the reader's language.
    const MARKS: Record<string, MessageKey> = {
      'missing in KING OF TIME': 'punches.mark.missing',
      'different time': 'punches.mark.differentTime',
      'held, not sent by this ledger': 'punches.mark.heldNotSent',
    };
    /** Pairs ledger punches with KING OF TIME's records of the same kind, same minute first. */
    const compare = (day: EmployeeDay) => {
      const records = [...(day.kot ?? [])];
      const take = (kind: PunchKind | undefined, at: Date) => {
        let index = records.findIndex((r) => r.kind === kind && minute(r.at) === minute(at));
        if (index === -1) index = records.findIndex((r) => r.kind === kind);
        return index === -1 ? undefined : records.splice(index, 1)[0];
      };
      const rows = day.punches.map((punch) => {
        const record = day.kot ? take(punch.kind, punch.at) : undefined;
        const expected = punch.state === 'sent' || punch.state === 'uncertain' || punch.state === 'sending';
        let mark = '';
        if (day.kot) {
          if (!record) mark = expected && punch.state === 'sent' ? 'missing in KING OF TIME' : '';
          else if (minute(record.at) !== minute(punch.at)) mark = 'different time';
          else if (!expected) mark = 'held, not sent by this ledger';
        }
        if (mark) differences++;
        return { punch, record, mark };
      });
      const extra = day.kot ? records : [];
      differences += extra.length;
      return { rows, extra };
    };

    if (options.json) {
      let text = '';
      for (const day of sorted) {
        const { rows, extra } = compare(day);
        text += `${JSON.stringify({
          employeeCode: day.employeeCode,
          workday: day.workday,
          punches: rows.map(({ punch: p, record, mark }) => ({
            id: displayId(p.id),
            ledgerId: p.id,
            kind: p.kind,
            at: formatInstant(p.at, tz),
            state: p.state,
            plannedAt: formatInstant(p.plannedAt, tz),
            ...(p.sentAt ? { sentAt: formatInstant(p.sentAt, tz) } : {}),
            ...(p.notBefore ? { notBefore: formatInstant(p.notBefore, tz) } : {}),
            ...(p.reason ? { reason: p.reason } : {}),
            ...(day.kot ? { kot: record ? formatInstant(record.at, tz) : null } : {}),
            ...(mark ? { difference: mark } : {}),
          })),
          ...(day.kot
            ? { kotOnly: extra.map((r) => ({ kind: r.kind ?? 'other', at: formatInstant(r.at, tz) })) }
            : {}),
          ...(unreadable.has(day.employeeCode)
            ? { kotUnreadable: unreadableReason(day.employeeCode, 'en') }
            : {}),
        })}\n`;
      }
      context.out(text);
    } else {
      const table: string[][] = [];
      for (const day of sorted) {
        const { rows, extra } = compare(day);
        for (const { punch: p, record, mark } of rows) {
          table.push([
            p.employeeCode,
            p.workday,
            KIND_NAMES[p.kind],
            formatInstant(p.at, tz).slice(11, 19),
            describe(p),
            ...(options.check
              ? [
                  unreadable.has(p.employeeCode)
                    ? t('punches.kotUnreadable')
                    : `${record ? formatInstant(record.at, tz).slice(11, 19) : '—'}${mark ? `  ≠ ${MARKS[mark] ? t(MARKS[mark]) : mark}` : ''}`,
                ]
              : []),
            displayId(p.id),
          ]);
        }
        for (const r of extra) {
          table.push([
            day.employeeCode,
            day.workday,
            r.kind ? KIND_NAMES[r.kind] : t('punches.otherKind'),
            '',
            t('punches.notInLedger'),
            `${formatInstant(r.at, tz).slice(11, 19)}  ≠ ${t('punches.onlyInKot')}`,
            '',
          ]);
        }
      }
      context.out(
        renderTable(
          [
            t('table.employee'),
            t('table.workday'),
            t('table.punch'),
            t('table.time'),
            t('table.state'),
            ...(options.check ? ['KING OF TIME'] : []),
            t('table.id'),
          ],
          table,
        ),
      );
      if (options.check) context.out(`${t('punches.differences', { count: differences })}\n`);
      for (const code of unreadable.keys()) {
        context.out(
          `${t('punches.employeeUnreadable', { employeeCode: code, reason: unreadableReason(code, getLocale()) })}\n`,
        );
      }
    }
    // 1: a difference, or days that could not be compared.
    return options.check && (differences > 0 || unreadable.size > 0) ? 1 : 0;
  } finally {
    view.close();
  }
}
