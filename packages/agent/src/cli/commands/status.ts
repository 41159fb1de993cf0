import { createPipeline, displayId, formatInstant, type LedgerPunch, type WaitingPunch } from '@pclogin/core';
import { nextAllowedAt } from '@pclogin/kot-client';
import { readLedgerView } from '../../agent/read-ledger-view.js';
import { localizedReason } from '../../i18n/localized-reason.js';
import { getLocale, t } from '../../i18n/translate.js';
import { DIRECTORY_CACHE_KEY } from '../../kot/load-employee-directory.js';
import { type ConfigOptions, createCommandContext } from '../context.js';
import { correctionText } from '../format/correction-text.js';
import { KIND_NAMES } from '../format/kind-names.js';

/** `pclogin-agent status [--json]`: the ledger, read without disturbing a running agent. */
export default async function status(options: ConfigOptions & { json?: boolean }): Promise<number> {
  const context = await createCommandContext(options, { optional: true });
  const { config, clock } = context;
  const view = readLedgerView(config, clock);
  try {
    // The pipeline's status adds the clock-outs still to come from the aggregated logs; it
    // never sends, so its sink is never called.
    const s = createPipeline({
      store: view.store,
      sink: { send: unused, recorded: unused },
      planning: { policy: config.clockOut, graceMinutes: config.clockOutGraceMinutes },
      now: clock,
    }).status();
    const tz = config.timeZone;
    const cached = view.store.cache(DIRECTORY_CACHE_KEY) as
      | { fetchedAt?: string; directory?: { employees?: unknown[] } }
      | undefined;
    const punch = (p: LedgerPunch) => ({
      id: displayId(p.id),
      ledgerId: p.id,
      employeeCode: p.employeeCode,
      workday: p.workday,
      kind: p.kind,
      at: formatInstant(p.at, tz),
      state: p.state,
      attempts: p.attempts,
      ...(p.reason ? { reason: p.reason } : {}),
      ...(p.errorCode ? { errorCode: p.errorCode } : {}),
    });
    // An uncertain punch is checked by reading KING OF TIME, which cannot happen before a
    // restricted window ends.
    for (const w of s.uncertain) w.until = nextAllowedAt(w.until);
    const waiting = (w: WaitingPunch) => ({ ...punch(w.punch), until: formatInstant(w.until, tz) });
    if (options.json) {
      context.out(
        `${JSON.stringify({
          at: formatInstant(s.at, tz),
          ledger: view.directory,
          exists: view.exists,
          counts: s.counts,
          due: s.due,
          waiting: s.waiting.map(waiting),
          upcomingClockOuts: s.upcoming.map((u) => ({
            employeeCode: u.employeeCode,
            workday: u.workday,
            lastLogAt: formatInstant(u.lastLogAt, tz),
            plannedAfter: formatInstant(u.plannedAfter, tz),
          })),
          uncertain: s.uncertain.map(waiting),
          failed: s.failed.map(punch),
          unlinked: s.unlinked,
          corrections: s.corrections.map((c) => ({
            id: displayId(c.id),
            ledgerId: c.id,
            employeeCode: c.employeeCode,
            workday: c.workday,
            kind: c.kind,
            message: c.message,
            createdAt: formatInstant(c.createdAt, tz),
          })),
          ...(s.nextAt ? { nextAt: formatInstant(s.nextAt, tz) } : {}),
          ...(cached?.fetchedAt
            ? {
                employeeList: {
                  fetchedAt: formatInstant(new Date(cached.fetchedAt), tz),
                  employees: cached.directory?.employees?.length ?? 0,
                },
              }
            : {}),
        })}\n`,
      );
      return 0;
    }
    const lines: string[] = [];
    const line = (text = '') => lines.push(text);
    const label = (state: 'sent' | 'planned' | 'uncertain' | 'failed' | 'corrections') => t(`state.${state}`);
    line(t(view.exists ? 'status.ledger' : 'status.ledgerEmpty', { folder: view.directory }));
    line(t('status.asOf', { at: formatInstant(s.at, tz) }));
    line();
    const c = s.counts;
    line(
      t('status.counts', {
        sentLabel: label('sent'),
        sent: c.sent,
        plannedLabel: label('planned'),
        planned: c.planned,
        due: s.due,
        uncertainLabel: label('uncertain'),
        uncertain: c.uncertain + c.sending,
        failedLabel: label('failed'),
        failed: c.failed,
        correctionsLabel: label('corrections'),
        corrections: s.corrections.length,
      }),
    );
    const describe = (p: LedgerPunch) =>
      `${p.employeeCode} ${p.workday} ${KIND_NAMES[p.kind]} ${formatInstant(p.at, tz).slice(11, 19)}`;
    const more = (count: number, shown: number) => {
      if (count > shown) line(t('status.more', { count: count - shown }));
    };
    if (s.waiting.length > 0) {
      line();
      line(t('status.waiting'));
      for (const w of s.waiting.slice(0, 50)) {
        const why = w.reason
          ? localizedReason(w.reason, w.punch.reasonDetail, tz)[getLocale()]
          : t(w.punch.kind === 'clockOut' ? 'status.waitingDayNotEnded' : 'status.waitingTimeNotCome');
        line(t('status.waitingLine', { punch: describe(w.punch), until: formatInstant(w.until, tz), why }));
      }
      more(s.waiting.length, 50);
    }
    if (s.upcoming.length > 0) {
      line();
      line(t('status.upcoming'));
      for (const u of s.upcoming.slice(0, 50)) {
        line(
          t('status.upcomingLine', {
            employee: u.employeeCode,
            workday: u.workday,
            time: formatInstant(u.lastLogAt, tz).slice(11, 19),
            after: formatInstant(u.plannedAfter, tz),
          }),
        );
      }
      more(s.upcoming.length, 50);
    }
    if (s.uncertain.length > 0) {
      line();
      line(t('status.uncertain'));
      for (const w of s.uncertain)
        line(
          t('status.uncertainLine', {
            punch: describe(w.punch),
            from: formatInstant(w.until, tz),
            reason: localizedReason(w.reason, w.punch.reasonDetail, tz)[getLocale()],
          }),
        );
    }
    if (s.failed.length > 0) {
      line();
      line(t('status.failed'));
      for (const p of s.failed)
        line(
          t('status.failedLine', {
            punch: describe(p),
            reason: p.reason
              ? localizedReason(p.reason, p.reasonDetail, tz)[getLocale()]
              : t('status.noReason'),
            id: displayId(p.id),
          }),
        );
      line(t('status.retryHint'));
    }
    if (s.corrections.length > 0) {
      line();
      line(t('status.corrections'));
      for (const k of s.corrections)
        line(
          t('status.correctionLine', {
            employee: k.employeeCode,
            workday: k.workday,
            message: correctionText(k, tz),
            id: displayId(k.id),
          }),
        );
      line(t('status.resolveHint'));
    }
    if (s.unlinked.length > 0) {
      line();
      line(t('status.unlinked'));
      for (const u of s.unlinked.slice(0, 50)) {
        const days =
          u.workdays.length > 5 ? `${u.workdays.slice(0, 5).join(', ')}, …` : u.workdays.join(', ');
        line(t('status.unlinkedLine', { account: u.account, logs: u.logs, count: u.workdays.length, days }));
      }
      more(s.unlinked.length, 50);
    }
    line();
    line(
      cached?.fetchedAt
        ? t('status.employeeList', {
            count: cached.directory?.employees?.length ?? 0,
            at: formatInstant(new Date(cached.fetchedAt), tz),
          })
        : t('status.employeeListNone'),
    );
    if (s.nextAt) line(t('status.nextAction', { at: formatInstant(s.nextAt, tz) }));
    context.out(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    view.close();
  }
}

function unused(): never {
  throw new Error('status never sends');
}
