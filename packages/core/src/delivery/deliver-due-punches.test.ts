import { describe, expect, it } from 'vitest';
import { FakeSink } from '../../test/support/fake-sink.js';
import { manualClock, punch } from '../../test/support/punches.js';
import { MemoryLedgerStore } from '../store/memory-ledger-store.js';
import { deliverDuePunches } from './deliver-due-punches.js';
import { PunchSendError } from './errors/punch-send-error.js';

const a = punch('0001', '2024-02-07', 'clockIn', '2024-02-07T09:03:12+09:00');
const b = punch('0002', '2024-02-07', 'clockIn', '2024-02-07T09:10:00+09:00');
const c = punch('0003', '2024-02-07', 'clockIn', '2024-02-07T09:20:00+09:00');
const later = punch('0001', '2024-02-07', 'clockOut', '2024-02-07T18:00:00+09:00');

function setup() {
  const clock = manualClock('2024-02-07T12:00:00+09:00');
  const store = new MemoryLedgerStore({ now: clock.now });
  const sink = new FakeSink();
  store.commit({ plan: [c, later, a, b] });
  return { clock, store, sink };
}

const dropped = new PunchSendError({
  reason: 'the connection closed before KING OF TIME answered',
  retryable: true,
  maybeApplied: true,
  reasonCode: 'KOT_CONNECTION_FAILED',
});

describe('deliverDuePunches', () => {
  it('sends the due punches earliest first and records them as sent', async () => {
    const { store, sink, clock } = setup();
    const report = await deliverDuePunches({ store, sink, now: clock.now });
    expect(sink.sends.map((p) => p.id)).toEqual([a.id, b.id, c.id]);
    expect(report.outcomes.map((o) => [o.punch.id, o.outcome])).toEqual([
      [a.id, 'sent'],
      [b.id, 'sent'],
      [c.id, 'sent'],
    ]);
    expect(store.get(a.id)).toMatchObject({
      state: 'sent',
      confirmedBy: 'response',
      attempts: 1,
      sentAt: clock.now(),
    });
    expect(store.get(later.id)?.state).toBe('planned'); // 18:00 has not come yet
    expect(report).toMatchObject({ remaining: 0 });
    expect(report.stopped).toBeUndefined();
  });

  it('commits sending before the request starts', async () => {
    const { store, sink, clock } = setup();
    const seen: string[] = [];
    sink.onSend = (p) => seen.push(store.get(p.id)!.state);
    await deliverDuePunches({ store, sink, now: clock.now, limit: 2 });
    expect(seen).toEqual(['sending', 'sending']);
  });

  it('honours limit and reports what remains', async () => {
    const { store, sink, clock } = setup();
    const report = await deliverDuePunches({ store, sink, now: clock.now, limit: 1 });
    expect(report.outcomes).toHaveLength(1);
    expect(report.remaining).toBe(2);
  });

  it('marks a punch that may have been applied uncertain and stops the round', async () => {
    const { store, sink, clock } = setup();
    sink.script.push({ apply: true, error: dropped });
    const report = await deliverDuePunches({ store, sink, now: clock.now });
    expect(sink.sends).toHaveLength(1);
    expect(store.get(a.id)).toMatchObject({
      state: 'uncertain',
      reason: dropped.reason,
      errorCode: 'KOT_CONNECTION_FAILED',
    });
    expect(report.stopped).toMatchObject({ cause: 'sink', reasonCode: 'KOT_CONNECTION_FAILED' });
    expect(report.remaining).toBe(2);

    await deliverDuePunches({ store, sink, now: clock.now });
    expect(sink.count(a)).toBe(1); // never sent again without reconciliation
    expect(sink.sends.filter((p) => p.id === a.id)).toHaveLength(1);
  });

  it('puts a punch that certainly was not applied back to planned until retryAt', async () => {
    const { store, sink, clock } = setup();
    const retryAt = new Date('2024-02-07T12:05:00+09:00');
    sink.script.push({
      apply: false,
      error: new PunchSendError({
        reason: 'Too Many Requests',
        retryable: true,
        maybeApplied: false,
        retryAt,
        reasonCode: 'KOT_RATE_LIMITED',
        reasonDetail: { code: 'kot-rate-limited', values: { seconds: 300 } },
      }),
    });
    const report = await deliverDuePunches({ store, sink, now: clock.now });
    expect(report.outcomes).toEqual([{ outcome: 'deferred', punch: expect.objectContaining({ id: a.id }) }]);
    expect(store.get(a.id)).toMatchObject({
      state: 'planned',
      notBefore: retryAt,
      reason: 'Too Many Requests',
      reasonDetail: { code: 'kot-rate-limited', values: { seconds: 300 } },
    });
    expect(report.stopped).toMatchObject({
      cause: 'sink',
      retryAt,
      reasonDetail: { code: 'kot-rate-limited', values: { seconds: 300 } },
    });
    expect(store.due(clock.now()).map((p) => p.id)).toEqual([b.id, c.id]);

    clock.set('2024-02-07T12:05:00+09:00');
    await deliverDuePunches({ store, sink, now: clock.now });
    expect(store.counts()).toMatchObject({ sent: 3, planned: 1 });
    expect(store.get(a.id)).toMatchObject({ attempts: 2, state: 'sent' });
    expect(store.get(a.id)?.notBefore).toBeUndefined();
  });

  it('backs off exponentially when the sink gives no retryAt', async () => {
    const { store, sink, clock } = setup();
    const refusal = () => ({
      apply: false,
      error: new PunchSendError({ reason: 'HTTP 503', retryable: true, maybeApplied: false, scope: 'punch' }),
    });
    sink.script.push(refusal());
    await deliverDuePunches({
      store,
      sink,
      now: clock.now,
      limit: 1,
      retryBackoff: { baseMs: 1000, maxMs: 3000 },
    });
    expect(store.get(a.id)?.notBefore).toEqual(new Date(clock.now().getTime() + 1000));
    for (const wait of [2000, 3000]) {
      clock.advance(10_000);
      sink.script.push(refusal());
      await deliverDuePunches({
        store,
        sink,
        now: clock.now,
        limit: 1,
        retryBackoff: { baseMs: 1000, maxMs: 3000 },
      });
      expect(store.get(a.id)?.notBefore).toEqual(new Date(clock.now().getTime() + wait));
    }
  });

  it('fails a punch permanently refused and goes on with the others', async () => {
    const { store, sink, clock } = setup();
    sink.script.push({
      apply: false,
      error: new PunchSendError({
        reason: 'KING OF TIME does not know employee 0001',
        retryable: false,
        maybeApplied: false,
        reasonCode: 'KOT_NOT_FOUND',
      }),
    });
    const report = await deliverDuePunches({ store, sink, now: clock.now });
    expect(store.get(a.id)).toMatchObject({ state: 'failed', errorCode: 'KOT_NOT_FOUND' });
    expect(report.outcomes.map((o) => o.outcome)).toEqual(['failed', 'sent', 'sent']);
  });

  it('treats an unexpected error as possibly applied', async () => {
    const { store, sink, clock } = setup();
    sink.script.push({ apply: false, error: new TypeError('socket hang up') });
    const report = await deliverDuePunches({ store, sink, now: clock.now });
    expect(store.get(a.id)).toMatchObject({
      state: 'uncertain',
      reason: expect.stringMatching(/socket hang up/),
    });
    expect(report.stopped?.cause).toBe('sink');
  });

  it('stops between punches when aborted; a request cut by the abort ends uncertain', async () => {
    const { store, sink, clock } = setup();
    const controller = new AbortController();
    sink.onSend = () => controller.abort();
    const report = await deliverDuePunches({ store, sink, now: clock.now, signal: controller.signal });
    expect(report.stopped).toEqual({ cause: 'aborted' });
    expect(sink.sends).toHaveLength(1);
    expect(store.get(a.id)?.state).toBe('sent'); // the request in flight finished

    const second = new AbortController();
    sink.onSend = () => second.abort();
    sink.script.push({ apply: false, error: new DOMException('This operation was aborted', 'AbortError') });
    const aborted = await deliverDuePunches({ store, sink, now: clock.now, signal: second.signal });
    expect(store.get(b.id)?.state).toBe('uncertain');
    expect(aborted.outcomes).toHaveLength(1);
    expect(store.get(c.id)?.state).toBe('planned');
  });

  it('does nothing when already aborted', async () => {
    const { store, sink, clock } = setup();
    const report = await deliverDuePunches({ store, sink, now: clock.now, signal: AbortSignal.abort() });
    expect(sink.sends).toEqual([]);
    expect(report).toEqual({ outcomes: [], reconciled: [], stopped: { cause: 'aborted' }, remaining: 3 });
  });
});
