import {
  addWorkdays,
  displayId,
  formatInstant,
  type LedgerPunch,
  type PunchKind,
  type RecordedPunch,
  readRecordedPunches,
  workdayOf,
} from '@pclogin/core';
import { readLedgerView } from '../../agent/read-ledger-view.js';
import { UsageError } from '../../errors/usage-error.js';
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
    throw new UsageError('--date and --from/--to: give one working day or a range, not both');
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
    if (options.check && sorted.length > 0) {
      const { directory } = await employeeDirectoryForCommand(context, view, { required: true });
      const client = createKotClientFromConfig(config, { clock: context.clock, log: context.log });
      const sink = createKotPunchSink({ client, directory: () => directory!, now: context.clock });
      const held = await readRecordedPunches(sink, sorted);
      for (const day of sorted) {
        day.kot = held.filter((r) => r.employeeCode === day.employeeCode && r.workday === day.workday);
      }
    }

    const describe = (p: LedgerPunch) => {
      switch (p.state) {
        case 'planned':
          return `planned for ${formatInstant(p.notBefore && p.notBefore > p.at ? p.notBefore : p.at, tz)}${p.reason ? ` (${p.reason})` : ''}`;
        case 'sending':
          return 'being sent';
        case 'sent':
          return `sent ${p.sentAt ? formatInstant(p.sentAt, tz) : ''}${p.confirmedBy === 'reconciliation' ? ' (confirmed by reading KING OF TIME)' : ''}`;
        case 'uncertain':
          return `uncertain: ${p.reason ?? ''} (KING OF TIME is checked before any resend)`;
        case 'failed':
          return `failed: ${p.reason ?? 'no reason recorded'}`;
      }
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
              ? [`${record ? formatInstant(record.at, tz).slice(11, 19) : '—'}${mark ? `  ≠ ${mark}` : ''}`]
              : []),
            displayId(p.id),
          ]);
        }
        for (const r of extra) {
          table.push([
            day.employeeCode,
            day.workday,
            r.kind ? KIND_NAMES[r.kind] : 'other',
            '',
            'not in the ledger',
            `${formatInstant(r.at, tz).slice(11, 19)}  ≠ only in KING OF TIME`,
            '',
          ]);
        }
      }
      context.out(
        renderTable(
          ['従業員', '勤務日', '打刻', '時刻', '状態', ...(options.check ? ['KING OF TIME'] : []), 'id'],
          table,
        ),
      );
      if (options.check) context.out(`${differences} difference${differences === 1 ? '' : 's'}.\n`);
    }
    return options.check && differences > 0 ? 1 : 0;
  } finally {
    view.close();
  }
}
