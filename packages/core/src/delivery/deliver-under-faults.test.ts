// Delivery when single requests fail: the failure stays with its punch, the round goes on,
// uncertain punches are read back in the same round, and only an outage (the circuit breaker)
// or a sink-wide condition stops the round.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FakeSink } from '../../test/support/fake-sink.js';
import { manualClock, punch } from '../../test/support/punches.js';
import type { PlannedPunch } from '../punches/planned-punch.js';
import { MemoryLedgerStore } from '../store/memory-ledger-store.js';
import { createCircuitBreaker } from './circuit-breaker.js';
import { deliverDuePunches } from './deliver-due-punches.js';
import { PunchSendError } from './errors/punch-send-error.js';

/** `count` clock-ins of different employees on one day, all due at noon. */
function punches(count: number): PlannedPunch[] {
  return Array.from({ length: count }, (_, i) =>
    punch(String(i + 1).padStart(4, '0'), '2024-02-07', 'clockIn', '2024-02-07T09:00:00+09:00'),
  );
}

/** Every send takes `msPerSend` of the clock. */
function setup(count: number, msPerSend = 1000) {
  const clock = manualClock('2024-02-07T12:00:00+09:00');
  const store = new MemoryLedgerStore({ now: clock.now });
  const sink = new FakeSink();
  sink.onSend = () => clock.advance(msPerSend);
  const planned = punches(count);
  store.commit({ plan: planned });
  return { clock, store, sink, planned };
}

/** A 503 answer: KOT answered, so its work on the request is over; it may still have stored it. */
const answered5xx = () =>
  new PunchSendError({
    reason: 'KING OF TIME answered 503',
    reasonCode: 'KOT_SERVER_ERROR',
    retryable: true,
    maybeApplied: true,
    scope: 'punch',
    transient: true,
    settleMs: 10_000,
  });
/** No answer: the connection dropped after the request was written. */
const dropped = () =>
  new PunchSendError({
    reason: 'the connection closed before KING OF TIME answered',
    reasonCode: 'KOT_CONNECTION_FAILED',
    retryable: true,
    maybeApplied: true,
    scope: 'punch',
    transient: true,
  });
const rateLimited = (retryAt: Date) =>
  new PunchSendError({
    reason: 'rate limited',
    reasonCode: 'KOT_RATE_LIMITED',
    retryable: true,
    maybeApplied: false,
    scope: 'sink',
    retryAt,
  });

const heldOnce = (sink: FakeSink, planned: readonly PlannedPunch[]) =>
  planned.every((p) => sink.count(p) === 1);

describe('deliverDuePunches under faults', () => {
  it('a failed request costs its punch alone: the round goes on with the others', async () => {
    const { store, sink, clock, planned } = setup(4);
    sink.script.push({ apply: false }, { apply: false, error: answered5xx() });
    const report = await deliverDuePunches({ store, sink, now: clock.now, reconcile: false });
    expect(report.stopped).toBeUndefined();
    expect(sink.sends.map((p) => p.id)).toEqual(planned.map((p) => p.id));
    expect(report.outcomes.map((o) => o.outcome)).toEqual(['sent', 'uncertain', 'sent', 'sent']);
  });

  it('confirms a punch whose answer was lost by reading it back in the same round, without resending it', async () => {
    const { store, sink, clock, planned } = setup(20);
    sink.script.push({ apply: true, error: dropped() });
    // kotDecides off: this counts the reads of reconciliation alone (a new ledger would first
    // read KING OF TIME for the days it never saw).
    const report = await deliverDuePunches({ store, sink, now: clock.now, kotDecides: false });
    expect(report.reconciled.map((o) => [o.punch.id, o.outcome])).toEqual([[planned[0]!.id, 'found']]);
    expect(store.get(planned[0]!.id)).toMatchObject({ state: 'sent', confirmedBy: 'reconciliation' });
    expect(sink.sends).toHaveLength(20);
    // One read covered the punch (and only after the look-after time: 5 sends of 1 s).
    expect(sink.reads).toHaveLength(1);
    expect(heldOnce(sink, planned)).toBe(true);
  });

  it('resends in the same round a punch proved absent once its settle time has passed', async () => {
    const { store, sink, clock, planned } = setup(30);
    sink.script.push({ apply: false, error: answered5xx() });
    const report = await deliverDuePunches({ store, sink, now: clock.now });
    expect(report.reconciled.map((o) => o.outcome)).toEqual(['absent']);
    expect(store.get(planned[0]!.id)).toMatchObject({ state: 'sent', resends: 1 });
    expect(sink.sends.filter((p) => p.id === planned[0]!.id)).toHaveLength(2);
    expect(heldOnce(sink, planned)).toBe(true);
    expect(store.counts()).toMatchObject({ sent: 30, uncertain: 0, planned: 0 });
  });

  it('an employee KING OF TIME cannot read keeps only its own punch uncertain: the other is read back and resent', async () => {
    const { store, sink, clock, planned } = setup(30);
    const [known, unknown] = planned as [PlannedPunch, PlannedPunch];
    sink.script.push({ apply: false, error: answered5xx() }, { apply: false, error: answered5xx() });
    sink.unknownEmployees.add(unknown.employeeCode);
    // kotDecides off: the unknown employee would otherwise wait before its first send.
    const report = await deliverDuePunches({ store, sink, now: clock.now, kotDecides: false });
    expect(store.get(known.id)).toMatchObject({ state: 'sent', resends: 1 });
    expect(store.get(unknown.id)).toMatchObject({ state: 'uncertain', errorCode: 'UNKNOWN_EMPLOYEE' });
    expect(store.get(unknown.id)?.reason).toContain(`employee ${unknown.employeeCode}`);
    expect(report.reconciled.map((o) => [o.punch.id, o.outcome])).toContainEqual([known.id, 'absent']);
    expect(sink.sends.filter((p) => p.id === unknown.id)).toHaveLength(1);
    // Its punch waits until its retryAt (30 s in a round) instead of being looked at early again.
    expect(sink.reads.filter((r) => r.employeeCodes.includes(unknown.employeeCode))).toHaveLength(1);
    expect(planned.filter((p) => p !== unknown).every((p) => sink.count(p) === 1)).toBe(true);
  });

  it('never resends a punch read before it settled: one that lands late is found, not sent twice', async () => {
    const { store, sink, clock, planned } = setup(80);
    const first = planned[0]!;
    // No answer, not applied yet: the server is still working on it.
    sink.script.push({ apply: false, error: dropped() });
    sink.onSend = () => {
      clock.advance(1000);
      // It lands 30 s later, after the first look (5 s) and before the settle time (60 s).
      if (sink.sends.length === 31) sink.held.push({ ...first });
    };
    const report = await deliverDuePunches({ store, sink, now: clock.now });
    expect(sink.reads.length).toBeGreaterThanOrEqual(2);
    expect(report.reconciled.map((o) => o.outcome)).toEqual(['found']);
    expect(sink.sends.filter((p) => p.id === first.id)).toHaveLength(1);
    expect(heldOnce(sink, planned)).toBe(true);
  });

  it('opens the circuit after 5 failures in a row and probes after 10 s, then 20 s, …', async () => {
    const { store, sink, clock } = setup(20);
    const breaker = createCircuitBreaker();
    for (let i = 0; i < 5; i++) sink.script.push({ apply: false, error: answered5xx() });
    const first = await deliverDuePunches({ store, sink, now: clock.now, breaker, reconcile: false });
    expect(sink.sends).toHaveLength(5);
    expect(first.stopped).toMatchObject({ cause: 'outage', reasonCode: 'SINK_OUTAGE' });
    expect(first.stopped?.retryAt?.getTime()).toBe(clock.now().getTime() + 10_000);
    expect(first.stopped?.reasonDetail).toEqual({
      code: 'sink-outage',
      values: { until: first.stopped?.retryAt?.toISOString(), last: 'KING OF TIME answered 503' },
    });

    // Before the probe time nothing is sent.
    clock.advance(9_000);
    const held = await deliverDuePunches({ store, sink, now: clock.now, breaker, reconcile: false });
    expect(sink.sends).toHaveLength(5);
    expect(held.stopped?.cause).toBe('outage');

    // The probe fails: open again, twice as long.
    clock.advance(1_000);
    sink.script.push({ apply: false, error: answered5xx() });
    const probe = await deliverDuePunches({ store, sink, now: clock.now, breaker, reconcile: false });
    expect(sink.sends).toHaveLength(6);
    expect(probe.stopped?.retryAt?.getTime()).toBe(clock.now().getTime() + 20_000);

    // The next probe succeeds: the round goes on to the end.
    clock.advance(20_000);
    const back = await deliverDuePunches({ store, sink, now: clock.now, breaker, reconcile: false });
    expect(back.stopped).toBeUndefined();
    expect(sink.sends).toHaveLength(20);
  });

  it('random failures below the threshold never open the circuit', async () => {
    const { store, sink, clock } = setup(40);
    for (let i = 0; i < 40; i++)
      sink.script.push(i % 5 === 4 ? { apply: false } : { apply: false, error: answered5xx() });
    const report = await deliverDuePunches({ store, sink, now: clock.now, reconcile: false });
    expect(report.stopped).toBeUndefined();
    expect(sink.sends).toHaveLength(40);
  });

  it('stops the round for a sink-wide condition (rate limit) and says when to go on', async () => {
    const { store, sink, clock } = setup(5);
    const retryAt = new Date(clock.now().getTime() + 60_000);
    sink.script.push({ apply: true }, { apply: false, error: rateLimited(retryAt) });
    const report = await deliverDuePunches({ store, sink, now: clock.now });
    expect(sink.sends).toHaveLength(2);
    expect(report.stopped).toMatchObject({ cause: 'sink', reasonCode: 'KOT_RATE_LIMITED', retryAt });
    expect(report.remaining).toBe(3);
  });

  it('property: any mix of lost answers, 5xx and late landings, round after round, holds every punch exactly once', async () => {
    type Fault =
      | 'ok'
      | 'answered-applied'
      | 'answered-not-applied'
      | 'dropped-applied'
      | 'dropped-not-applied'
      | 'dropped-lands-later';
    const faultArb = fc.constantFrom<Fault>(
      'ok',
      'ok',
      'ok',
      'answered-applied',
      'answered-not-applied',
      'dropped-applied',
      'dropped-not-applied',
      'dropped-lands-later',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 25 }),
        fc.array(faultArb, { maxLength: 80 }),
        fc.integer({ min: 100, max: 4000 }),
        async (count, faults, msPerSend) => {
          const { store, sink, clock, planned } = setup(count, msPerSend);
          // A request without an answer that the server applies a little later (before it settles).
          const landing: { punch: PlannedPunch; at: number }[] = [];
          const land = () => {
            for (const late of landing.splice(0).filter((l) => {
              if (l.at <= clock.now().getTime()) return true;
              landing.push(l);
              return false;
            }))
              sink.held.push({ ...late.punch });
          };
          const lateSends = new Set(faults.flatMap((f, i) => (f === 'dropped-lands-later' ? [i] : [])));
          sink.onSend = (p) => {
            land();
            if (lateSends.has(sink.sends.length - 1))
              landing.push({ punch: p, at: clock.now().getTime() + Math.min(3 * msPerSend, 30_000) });
            clock.advance(msPerSend);
          };
          const read = sink.recorded.bind(sink);
          sink.recorded = async (query) => {
            land();
            return read(query);
          };
          for (const fault of faults) {
            const applied = fault === 'ok' || fault === 'answered-applied' || fault === 'dropped-applied';
            const error =
              fault === 'ok' ? undefined : fault.startsWith('answered') ? answered5xx() : dropped();
            sink.script.push({ apply: applied, ...(error ? { error } : {}) });
          }
          const breaker = createCircuitBreaker();
          for (let round = 0; round < 200; round++) {
            const report = await deliverDuePunches({ store, sink, now: clock.now, breaker });
            const counts = store.counts();
            if (counts.planned === 0 && counts.uncertain === 0) break;
            // The caller waits for what the round said, or a little.
            const wait = report.stopped?.retryAt
              ? report.stopped.retryAt.getTime() - clock.now().getTime()
              : 5_000;
            clock.advance(Math.max(1_000, wait));
          }
          expect(store.counts()).toMatchObject({ planned: 0, uncertain: 0, sending: 0 });
          for (const p of planned) expect(sink.count(p)).toBe(1);
        },
      ),
      { numRuns: 60 },
    );
  });
});
