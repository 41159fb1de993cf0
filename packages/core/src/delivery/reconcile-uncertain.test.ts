import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FakeSink } from '../../test/support/fake-sink.js';
import { manualClock, punch } from '../../test/support/punches.js';
import { markSending, markUncertain } from '../ledger/internal/transitions.js';
import type { PlannedPunch } from '../punches/planned-punch.js';
import { MemoryLedgerStore } from '../store/memory-ledger-store.js';
import { deliverDuePunches } from './deliver-due-punches.js';
import { PunchReadError } from './errors/punch-read-error.js';
import { PunchSendError } from './errors/punch-send-error.js';
import { LEDGER_CREATED_KEY } from './kot-decides.js';
import { ledgerStatus } from './ledger-status.js';
import { reconcileUncertain } from './reconcile-uncertain.js';
import { retryFailedPunches } from './retry-failed-punches.js';

const a = punch('0001', '2024-02-07', 'clockIn', '2024-02-07T09:03:12+09:00');
const b = punch('0002', '2024-02-07', 'clockIn', '2024-02-07T09:10:00+09:00');

function setup(...punches: PlannedPunch[]) {
  const clock = manualClock('2024-02-07T12:00:00+09:00');
  const store = new MemoryLedgerStore({ now: clock.now });
  const sink = new FakeSink();
  // A ledger that has delivered since before these days: KING OF TIME is read only to reconcile.
  store.commit({ plan: punches, caches: { [LEDGER_CREATED_KEY]: '2024-01-01T00:00:00Z' } });
  /** Puts punches in `uncertain` as a lost answer would. */
  const makeUncertain = (...ps: PlannedPunch[]) => {
    for (const p of ps) store.commit({ punches: [markSending(store.get(p.id)!, clock.now())] });
    for (const p of ps) store.commit({ punches: [markUncertain(store.get(p.id)!, clock.now(), 'timeout')] });
  };
  return { clock, store, sink, makeUncertain };
}

const lost = (apply: boolean) => ({
  apply,
  error: new PunchSendError({ reason: 'timeout', retryable: true, maybeApplied: true, scope: 'punch' }),
});

describe('reconcileUncertain', () => {
  it('marks a punch KING OF TIME holds as sent, and resends one it proves absent — exactly once each', async () => {
    const { store, sink, clock } = setup(a, b);
    sink.script.push(lost(true), lost(false));
    await deliverDuePunches({ store, sink, now: clock.now });
    expect(store.counts().uncertain).toBe(2);

    clock.advance(60_000);
    const report = await reconcileUncertain({ store, sink, now: clock.now });
    expect(report.outcomes.map((o) => [o.punch.id, o.outcome])).toEqual([
      [a.id, 'found'],
      [b.id, 'absent'],
    ]);
    expect(store.get(a.id)).toMatchObject({ state: 'sent', confirmedBy: 'reconciliation' });
    expect(store.get(b.id)).toMatchObject({ state: 'planned', resends: 1 });
    expect(sink.reads).toEqual([{ employeeCodes: ['0001', '0002'], from: '2024-02-07', to: '2024-02-07' }]);

    await deliverDuePunches({ store, sink, now: clock.now });
    expect(sink.count(a)).toBe(1);
    expect(sink.count(b)).toBe(1);
    expect(store.counts()).toMatchObject({ sent: 2, uncertain: 0, planned: 0 });
  });

  it('waits for the settle time before asking', async () => {
    const { store, sink, clock, makeUncertain } = setup(a);
    makeUncertain(a);
    clock.advance(59_999);
    expect((await reconcileUncertain({ store, sink, now: clock.now })).outcomes).toEqual([]);
    expect(sink.reads).toEqual([]);
    clock.advance(1);
    expect((await reconcileUncertain({ store, sink, now: clock.now })).outcomes).toHaveLength(1);
  });

  it('matches to the minute: a record without seconds still counts as present', async () => {
    const { store, sink, clock, makeUncertain } = setup(a);
    makeUncertain(a);
    sink.held.push({ ...a, at: new Date('2024-02-07T09:03:00+09:00') });
    await reconcileUncertain({ store, sink, now: clock.now, settleMs: 0 });
    expect(store.get(a.id)?.state).toBe('sent');
  });

  it('ignores records of another kind, day, minute or employee', async () => {
    const { store, sink, clock, makeUncertain } = setup(a);
    makeUncertain(a);
    sink.held.push(
      { ...a, kind: 'clockOut' },
      { ...a, workday: '2024-02-06' },
      { ...a, at: new Date('2024-02-07T09:04:00+09:00') },
      { ...a, employeeCode: '0002' },
      { ...a, kind: undefined },
    );
    await reconcileUncertain({ store, sink, now: clock.now, settleMs: 0 });
    expect(store.get(a.id)?.state).toBe('planned');
  });

  it('lets each record confirm one punch, sent punches first', async () => {
    const break1 = punch('0001', '2024-02-07', 'breakStart', '2024-02-07T12:00:10+09:00', 1);
    const break2 = punch('0001', '2024-02-07', 'breakStart', '2024-02-07T12:00:50+09:00', 2);
    const break3 = punch('0001', '2024-02-07', 'breakStart', '2024-02-07T12:00:30+09:00', 3);
    const { store, sink, clock, makeUncertain } = setup(break1, break2, break3);
    clock.set('2024-02-07T12:00:20+09:00');
    await deliverDuePunches({ store, sink, now: clock.now, limit: 1 }); // break1 sent: KOT holds one 12:00
    makeUncertain(break2, break3);
    sink.held.push({ ...break3, at: new Date('2024-02-07T12:00:00+09:00') }); // and one more
    await reconcileUncertain({ store, sink, now: clock.now, settleMs: 0 });
    expect(store.get(break3.id)?.state).toBe('sent'); // the earlier uncertain one claims the second record
    expect(store.get(break2.id)?.state).toBe('planned');
    expect(store.get(break1.id)?.state).toBe('sent');
  });

  it('leaves punches uncertain until a restricted window ends, and says so', async () => {
    const { store, sink, clock, makeUncertain } = setup(a, b);
    clock.set('2024-02-07T17:40:00+09:00');
    makeUncertain(a, b);
    sink.held.push(a);
    const windowEnd = new Date('2024-02-07T18:30:00+09:00');
    const refusal = new PunchReadError({
      reason: 'KING OF TIME refuses reads during its restricted hours until 18:30',
      retryAt: windowEnd,
      reasonCode: 'KOT_RESTRICTED_HOURS',
    });
    sink.readError = refusal;
    const report = await reconcileUncertain({ store, sink, now: clock.now, settleMs: 0 });
    expect(report.waiting).toEqual({
      reason: refusal.reason,
      reasonCode: 'KOT_RESTRICTED_HOURS',
      retryAt: windowEnd,
    });
    expect(store.get(a.id)).toMatchObject({
      state: 'uncertain',
      retryAt: windowEnd,
      errorCode: 'KOT_RESTRICTED_HOURS',
    });
    const status = ledgerStatus(store, { now: clock.now, settleMs: 0 });
    expect(status.uncertain.map((w) => w.until)).toEqual([windowEnd, windowEnd]);
    expect(status.nextAt).toEqual(windowEnd);

    sink.readError = undefined;
    clock.advance(30 * 60_000 + 59_000);
    expect((await reconcileUncertain({ store, sink, now: clock.now, settleMs: 0 })).outcomes).toEqual([]);
    clock.set('2024-02-07T18:30:00+09:00');
    await reconcileUncertain({ store, sink, now: clock.now, settleMs: 0 });
    expect(store.counts()).toMatchObject({ sent: 1, planned: 1, uncertain: 0 });
  });

  it('an employee KING OF TIME does not know waits alone: the other employee of the batched read is decided', async () => {
    const { store, sink, clock, makeUncertain } = setup(a, b);
    makeUncertain(a, b);
    sink.held.push(a);
    sink.unknownEmployees.add(b.employeeCode);
    const report = await reconcileUncertain({ store, sink, now: clock.now, settleMs: 0, retryAfterMs: 1000 });
    expect(report.outcomes.map((o) => [o.punch.id, o.outcome])).toEqual([
      [a.id, 'found'],
      [b.id, 'waiting'],
    ]);
    expect(store.get(a.id)).toMatchObject({ state: 'sent', confirmedBy: 'reconciliation' });
    const waiting = store.get(b.id)!;
    expect(waiting).toMatchObject({
      state: 'uncertain',
      errorCode: 'UNKNOWN_EMPLOYEE',
      retryAt: new Date(clock.now().getTime() + 1000),
    });
    expect(waiting.reason).toContain(`employee ${b.employeeCode}`);
    expect(waiting.reasonDetail).toEqual({
      code: 'read-employee-failed',
      values: { employeeCode: b.employeeCode, message: `employee ${b.employeeCode} unknown` },
    });
    // One employee's trouble is not a stop of reading: nothing says the whole read waits.
    expect(report.waiting).toBeUndefined();
    expect(sink.reads.map((r) => r.employeeCodes)).toEqual([['0001', '0002'], ['0001']]);

    // Once KING OF TIME knows the employee, the punch is read again and decided.
    sink.unknownEmployees.clear();
    clock.advance(1000);
    await reconcileUncertain({ store, sink, now: clock.now, settleMs: 0 });
    expect(store.get(b.id)).toMatchObject({ state: 'planned', resends: 1 });
  });

  it('waits after an unexpected read failure too', async () => {
    const { store, sink, clock, makeUncertain } = setup(a);
    makeUncertain(a);
    sink.readError = new Error('ECONNRESET');
    const report = await reconcileUncertain({ store, sink, now: clock.now, settleMs: 0, retryAfterMs: 1000 });
    expect(report.waiting?.retryAt).toEqual(new Date(clock.now().getTime() + 1000));
    expect(report.waiting?.reason).toMatch(/ECONNRESET/);
  });

  it('reads long backlogs in windows of at most maxDaysPerRead days', async () => {
    const days = Array.from({ length: 70 }, (_, i) =>
      new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
    );
    const punches = days.map((day) => punch('0001', day, 'clockIn', `${day}T00:00:00Z`));
    const { store, sink, clock, makeUncertain } = setup(...punches);
    makeUncertain(...punches);
    await reconcileUncertain({ store, sink, now: clock.now, settleMs: 0, maxDaysPerRead: 31 });
    expect(sink.reads.map((r) => [r.from, r.to])).toEqual([
      ['2024-01-01', '2024-01-31'],
      ['2024-02-01', '2024-03-02'],
      ['2024-03-03', '2024-03-10'],
    ]);
    expect(store.counts().planned).toBe(70);
  });

  it('a read refused half-way through a backlog keeps what the earlier windows decided; the rest waits', async () => {
    const early = punch('0001', '2024-01-05', 'clockIn', '2024-01-05T09:00:00+09:00');
    const late = punch('0002', '2024-03-05', 'clockIn', '2024-03-05T09:00:00+09:00');
    const { store, sink, clock, makeUncertain } = setup(early, late);
    makeUncertain(early, late);
    const refusal = new PunchReadError({
      reason: 'restricted hours',
      retryAt: new Date('2024-02-07T18:30:00+09:00'),
    });
    const read = sink.recorded.bind(sink);
    sink.recorded = async (query) => {
      if (sink.reads.length > 0) throw refusal;
      return read(query);
    };
    const report = await reconcileUncertain({ store, sink, now: clock.now, settleMs: 0 });
    expect(report.outcomes.map((o) => [o.punch.id, o.outcome])).toEqual([
      [early.id, 'absent'],
      [late.id, 'waiting'],
    ]);
    expect(report.waiting).toMatchObject({ reason: 'restricted hours', retryAt: refusal.retryAt });
    expect(store.get(late.id)).toMatchObject({ state: 'uncertain', retryAt: refusal.retryAt });
  });

  it('after a crash mid-request, reconciles instead of resending', async () => {
    const { store, sink, clock } = setup(a);
    let restarted: MemoryLedgerStore | undefined;
    sink.onSend = () => {
      restarted = store.reopen(); // the process "dies" while KING OF TIME applies the punch
    };
    await expect(deliverDuePunches({ store, sink, now: clock.now })).rejects.toThrow(/closed/);
    expect(restarted!.get(a.id)?.state).toBe('uncertain');
    await deliverDuePunches({ store: restarted!, sink, now: clock.now });
    clock.advance(60_000);
    await reconcileUncertain({ store: restarted!, sink, now: clock.now });
    expect(restarted!.get(a.id)?.state).toBe('sent');
    expect(sink.sends).toHaveLength(1);
  });
});

describe('ledgerStatus and retryFailedPunches', () => {
  it('summarises counts, waits, failures and corrections; requeues failures on request', async () => {
    const out = punch('0001', '2024-02-07', 'clockOut', '2024-02-07T18:00:00+09:00');
    const { store, sink, clock } = setup(a, b, out);
    sink.script.push({
      apply: false,
      error: new PunchSendError({ reason: 'unknown employee', retryable: false, maybeApplied: false }),
    });
    await deliverDuePunches({ store, sink, now: clock.now });
    store.commit({
      corrections: [{ id: 'x', employeeCode: '0002', workday: '2024-02-07', message: 'fix 出勤' }],
    });

    const status = ledgerStatus(store, { now: clock.now });
    expect(status.counts).toEqual({ planned: 1, sending: 0, sent: 1, failed: 1, uncertain: 0 });
    expect(status.due).toBe(0);
    expect(status.waiting).toEqual([{ punch: expect.objectContaining({ id: out.id }), until: out.at }]);
    expect(status.failed).toEqual([expect.objectContaining({ id: a.id, reason: 'unknown employee' })]);
    expect(status.corrections.map((c) => c.id)).toEqual(['x']);
    expect(status.nextAt).toEqual(out.at);

    expect(retryFailedPunches(store, { now: clock.now }).map((p) => p.id)).toEqual([a.id]);
    expect(store.get(a.id)).toMatchObject({ state: 'planned', attempts: 1 });
    expect(store.get(a.id)?.reason).toBeUndefined();
    expect(retryFailedPunches(store, { ids: ['nope'] })).toEqual([]);
  });
});

describe('delivery under random faults and restarts', () => {
  // Every send may be answered, lost after applying, lost before applying, refused for now, or
  // refused for good; the process may restart after any step. In the end each punch is held
  // exactly once, unless it failed for good (then not at all).
  const fault = fc.constantFrom(
    'ok',
    'lostApplied',
    'lostNotApplied',
    'refusedForNow',
    'refusedForGood',
    'unknown',
  );
  const step = fc.constantFrom('deliver', 'reconcile', 'restart', 'tick');

  it('never holds a punch twice and never loses one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fault, { maxLength: 30 }),
        fc.array(step, { maxLength: 40 }),
        async (faults, steps) => {
          const punches = ['0001', '0002', '0003'].flatMap((code, i) => [
            punch(code, '2024-02-07', 'clockIn', `2024-02-07T0${i}:00:00Z`),
            punch(code, '2024-02-07', 'clockOut', `2024-02-07T0${i + 3}:00:00Z`),
          ]);
          const { clock, sink } = setup();
          let store = new MemoryLedgerStore({ now: clock.now });
          store.commit({ plan: punches });
          for (const f of faults) {
            const lostError = new PunchSendError({
              reason: f,
              retryable: true,
              maybeApplied: true,
              scope: 'punch',
            });
            sink.script.push(
              f === 'ok'
                ? { apply: true }
                : f === 'lostApplied'
                  ? { apply: true, error: lostError }
                  : f === 'lostNotApplied'
                    ? { apply: false, error: lostError }
                    : f === 'refusedForNow'
                      ? {
                          apply: false,
                          error: new PunchSendError({ reason: f, retryable: true, maybeApplied: false }),
                        }
                      : f === 'refusedForGood'
                        ? {
                            apply: false,
                            error: new PunchSendError({ reason: f, retryable: false, maybeApplied: false }),
                          }
                        : { apply: false, error: new Error('boom') },
            );
          }
          const run = async (s: string) => {
            if (s === 'deliver') await deliverDuePunches({ store, sink, now: clock.now });
            else if (s === 'reconcile') await reconcileUncertain({ store, sink, now: clock.now });
            else if (s === 'restart') store = store.reopen();
            else clock.advance(61_000);
          };
          for (const s of steps) await run(s);
          // Then run undisturbed until nothing is left to do.
          sink.script.length = 0;
          for (let i = 0; i < 20 && store.counts().planned + store.counts().uncertain > 0; i++) {
            clock.advance(3_600_000);
            await run('reconcile');
            await run('deliver');
          }
          expect(store.counts().planned + store.counts().uncertain + store.counts().sending).toBe(0);
          for (const p of punches) {
            expect(sink.count(p)).toBe(store.get(p.id)!.state === 'failed' ? 0 : 1);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
