import type { LedgerPunch } from '../ledger/ledger-punch.js';
import type { ReasonDetail } from '../ledger/reason-detail.js';
import { kindNames } from '../planning/internal/kind-names.js';
import { toLedgerCorrection } from '../planning/to-ledger-correction.js';
import type { LedgerStore } from '../store/ledger-store.js';
import { formatInstant } from '../time/format-instant.js';
import { workdayOf } from '../workdays/workday-of.js';
import { PunchReadError } from './errors/punch-read-error.js';
import type { PunchSink, RecordedPunch } from './punch-sink.js';
import { readRecordedPunches } from './read-recorded-punches.js';

/**
 * The ledger cache key holding when this ledger first delivered (ISO 8601). A cache entry, not
 * pipeline state: writing it must not make a pipeline read its aggregator again.
 */
export const LEDGER_CREATED_KEY = 'ledger.createdAt';

/** When the ledger was created (its first delivery round), if it has been. */
export function ledgerCreatedAt(store: LedgerStore): Date | undefined {
  const value = store.cache(LEDGER_CREATED_KEY);
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value) : undefined;
}

/** What {@link decideFromKot} did before a delivery round. */
export interface KotDecision {
  /** Ids of the due punches checked against KING OF TIME and found missing there: send them. */
  checked: Set<string>;
  /** Punches KING OF TIME already held: now `sent` without a request (`reason` says so). */
  held: LedgerPunch[];
  /** Punches that wait because KING OF TIME could not be read (`planned` with `notBefore`). */
  deferred: LedgerPunch[];
  /** Why KING OF TIME could not be read, when it could not (the round reports it as its stop). */
  unreadable?: { reason: string; reasonCode?: string; reasonDetail?: ReasonDetail; retryAt: Date };
  /** Whether a punch is of a working day that began before the ledger existed. */
  predates(punch: LedgerPunch): boolean;
}

/** Options of {@link decideFromKot}. */
export interface DecideFromKotOptions {
  store: LedgerStore;
  sink: Pick<PunchSink, 'recorded'>;
  /** The due punches of the round. */
  due: readonly LedgerPunch[];
  now: Date;
  /** The time zone working days are dated in (a day dated after the ledger's creation began after it). */
  timeZone?: string;
  signal?: AbortSignal;
  /** When a read fails without saying when to retry, wait this long (ms). */
  retryAfterMs?: number;
}

/**
 * "KING OF TIME decides" for working days this ledger never saw: a new or lost state folder, a
 * restored backup, or a switch from another integration may meet days whose punches KING OF
 * TIME already holds. Before the first punch of such a day is sent, what KING OF TIME holds for
 * those days is read (batched, see {@link readRecordedPunches}); a punch whose kind KING OF TIME
 * already holds for the day is recorded as `sent` with the time KING OF TIME holds (and a
 * `held-differs` correction when the logs give another minute) instead of being sent again, and
 * only the missing ones go out. When KING OF TIME cannot be read (e.g. restricted hours), those
 * punches wait until it can; when only some employees cannot be read (e.g. one not in KING OF
 * TIME's employee list), only their punches wait and the others' are decided. Days dated after the ledger's creation are not read (fast path).
 */
export async function decideFromKot(options: DecideFromKotOptions): Promise<KotDecision> {
  const { store, now } = options;
  const timeZone = options.timeZone ?? 'Asia/Tokyo';
  let created = ledgerCreatedAt(store);
  if (created === undefined) {
    created = now;
    store.commit({ caches: { [LEDGER_CREATED_KEY]: now.toISOString() } });
  }
  const createdDay = workdayOf(created, { timeZone });
  const predates = (punch: LedgerPunch) => punch.workday <= createdDay;
  const decision: KotDecision = { checked: new Set(), held: [], deferred: [], predates };
  const candidates = options.due.filter(predates);
  if (candidates.length === 0) return decision;

  // Employees the sink could not read alone (e.g. not in KING OF TIME's employee list): their
  // punches wait, the others' days are read and decided.
  const unreadableEmployees = new Map<string, PunchReadError>();
  let recorded: RecordedPunch[];
  try {
    recorded = await readRecordedPunches(options.sink, candidates, {
      ...(options.signal ? { signal: options.signal } : {}),
      onUnreadable: (codes, error) => {
        for (const code of codes) if (!unreadableEmployees.has(code)) unreadableEmployees.set(code, error);
      },
    });
  } catch (error) {
    if (options.signal?.aborted) return decision;
    const known = PunchReadError.isInstance(error) ? error : undefined;
    const message = known?.reason ?? (error instanceof Error ? error.message : String(error));
    const reason = `waiting to read what KING OF TIME holds for a day this ledger has not seen before sending: ${message}`;
    defer(decision, candidates, known, reason, {
      code: 'waiting-to-read-new-days',
      values: { message },
      ...(known?.reasonDetail ? { cause: known.reasonDetail } : {}),
    });
    return decision;
  }
  for (const [employeeCode, error] of unreadableEmployees) {
    const reason = `waiting to read what KING OF TIME holds for employee ${employeeCode}'s days this ledger has not seen before sending: ${error.reason}`;
    defer(
      decision,
      candidates.filter((p) => p.employeeCode === employeeCode),
      error,
      reason,
      {
        code: 'waiting-to-read-employee',
        values: { employeeCode, message: error.reason },
        ...(error.reasonDetail ? { cause: error.reasonDetail } : {}),
      },
    );
  }
  const readable = candidates.filter((p) => !unreadableEmployees.has(p.employeeCode));

  /** Makes punches wait until KING OF TIME can be read for them (never sent unread). */
  function defer(
    into: KotDecision,
    punches: readonly LedgerPunch[],
    known: PunchReadError | undefined,
    reason: string,
    detail: ReasonDetail,
  ): void {
    const notBefore = known?.retryAt ?? new Date(now.getTime() + (options.retryAfterMs ?? 300_000));
    const waiting = punches.map((p) => {
      const { retryAt: _r, ...rest } = p;
      return {
        ...rest,
        notBefore,
        reason,
        ...(known?.reasonCode ? { errorCode: known.reasonCode } : {}),
        reasonDetail: detail,
        updatedAt: now,
      } satisfies LedgerPunch;
    });
    if (waiting.length > 0) store.commit({ punches: waiting });
    into.deferred.push(...waiting);
    // The first reason is the one the round reports.
    into.unreadable ??= {
      reason,
      ...(known?.reasonCode ? { reasonCode: known.reasonCode } : {}),
      reasonDetail: detail,
      retryAt: notBefore,
    };
  }

  // Records already accounted for by punches this ledger sent claim theirs first.
  const available = new Map<string, RecordedPunch[]>();
  for (const record of recorded) {
    if (record.kind === undefined) continue;
    const key = `${record.employeeCode}|${record.workday}|${record.kind}`;
    available.set(key, [...(available.get(key) ?? []), record]);
  }
  const days = new Set(readable.map((p) => `${p.employeeCode}|${p.workday}`));
  for (const key of days) {
    const [employeeCode, workday] = key.split('|') as [string, string];
    for (const own of store.list({ employeeCode, from: workday, to: workday })) {
      // A planned punch is not there yet, and a failed one was certainly never applied.
      if (own.state === 'planned' || own.state === 'failed') continue;
      const list = available.get(`${own.employeeCode}|${own.workday}|${own.kind}`);
      const index = list?.findIndex((r) => minute(r.at) === minute(own.at)) ?? -1;
      if (list && list.length > 0) list.splice(index === -1 ? 0 : index, 1);
    }
  }
  for (const punch of readable) {
    const list = available.get(`${punch.employeeCode}|${punch.workday}|${punch.kind}`);
    if (!list || list.length === 0) {
      decision.checked.add(punch.id);
      continue;
    }
    const index = list.findIndex((r) => minute(r.at) === minute(punch.at));
    const [record] = list.splice(index === -1 ? 0 : index, 1) as [RecordedPunch];
    const heldAt = new Date(Math.floor(record.at.getTime() / 1000) * 1000);
    const reason =
      'KING OF TIME already held it (read before sending, for a day this ledger had not seen); nothing was sent';
    const { notBefore: _n, retryAt: _r, reason: _reason, errorCode: _e, reasonDetail: _d, ...rest } = punch;
    const sending: LedgerPunch = { ...rest, at: heldAt, state: 'sending', updatedAt: now };
    store.commit({ punches: [sending] });
    const sent: LedgerPunch = {
      ...sending,
      state: 'sent',
      sentAt: now,
      confirmedBy: 'reconciliation',
      reason,
      reasonDetail: { code: 'held-before-sending' },
    };
    // The planner itself lists a log earlier than a held 出勤 or later than a held 退勤 (and any
    // break that differs); the other differences are said here, once.
    const differs =
      minute(heldAt) !== minute(punch.at) &&
      ((punch.kind === 'clockIn' && punch.at > heldAt) || (punch.kind === 'clockOut' && punch.at < heldAt));
    store.commit({
      punches: [sent],
      ...(differs
        ? {
            corrections: [
              toLedgerCorrection({
                id: `${punch.id}|held-differs`,
                employeeCode: punch.employeeCode,
                workday: punch.workday,
                kind: punch.kind,
                punchId: punch.id,
                reason: 'held-differs',
                sentAt: heldAt,
                observedAt: punch.at,
                message: `Employee ${punch.employeeCode}, ${punch.workday}: KING OF TIME already held ${kindNames[punch.kind]} ${formatInstant(heldAt, timeZone)} (from before this state folder), the logs give ${formatInstant(punch.at, timeZone)}. Nothing was sent; change it in KING OF TIME (打刻編集) if the logs' time should count.`,
              }),
            ],
          }
        : {}),
    });
    decision.held.push(sent);
  }
  return decision;
}

function minute(date: Date): number {
  return Math.floor(date.getTime() / 60_000);
}
