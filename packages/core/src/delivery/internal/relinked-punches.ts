import type { RelinkedDay } from '../../aggregation/relinked-day.js';
import type { CorrectionItem } from '../../planning/correction-item.js';
import { kindNames } from '../../planning/internal/kind-names.js';
import type { LedgerStore } from '../../store/ledger-store.js';
import { formatInstant } from '../../time/format-instant.js';

/** What a changed link means for the punches of the days it moved away from an employee. */
export interface RelinkedPunches {
  /** The moved days (all of them, for the caller's report). */
  days: RelinkedDay[];
  /** Punches of the old owner still only planned: dropped (KING OF TIME does not hold them). */
  withdraw: string[];
  /** Punches of the old owner that KING OF TIME holds (or may hold): a person deletes them. */
  corrections: CorrectionItem[];
  /**
   * Open `relinked-after-sent` corrections of the new owner's day: the day is back with the
   * employee its punches were sent for (a link changed and changed back), so they are right.
   */
  resolve: string[];
}

/**
 * The punches of the employees that moved days belonged to: planned ones are withdrawn, and
 * each one KING OF TIME holds or may hold becomes a correction item that says what KING OF TIME
 * holds and what it should hold (the new owner's punches are planned from the same logs).
 */
export function relinkedPunches(store: LedgerStore, days: RelinkedDay[]): RelinkedPunches {
  const result: RelinkedPunches = { days, withdraw: [], corrections: [], resolve: [] };
  const open = days.length === 0 ? [] : store.corrections();
  for (const day of days) {
    for (const item of open) {
      if (
        item.employeeCode === day.to &&
        item.workday === day.workday &&
        item.id.endsWith('|relinked-after-sent')
      )
        result.resolve.push(item.id);
    }
    if (day.from === undefined) continue;
    const now =
      day.to === undefined
        ? `account ${day.account} is no longer linked`
        : `account ${day.account} is now linked to employee ${day.to}, whose punches are planned from the same logs`;
    for (const punch of store.list({ employeeCode: day.from, from: day.workday, to: day.workday })) {
      if (punch.state === 'planned') {
        result.withdraw.push(punch.id);
        continue;
      }
      if (punch.state === 'failed') continue;
      const held = punch.state === 'sent' ? 'holds' : 'may hold';
      result.corrections.push({
        id: `${punch.id}|relinked-after-sent`,
        employeeCode: day.from,
        workday: day.workday,
        kind: punch.kind,
        punchId: punch.id,
        reason: 'relinked-after-sent',
        sentAt: punch.at,
        message: `Employee ${day.from}, ${day.workday}: KING OF TIME ${held} ${kindNames[punch.kind]} ${formatInstant(punch.at)} from the logs of account ${day.account}, but ${now}. It should hold no such punch for ${day.from}: delete it in KING OF TIME (打刻編集).`,
        values: {
          account: day.account,
          to: day.to ?? '',
          state: punch.state === 'sent' ? 'sent' : 'uncertain',
        },
      });
    }
  }
  return result;
}
