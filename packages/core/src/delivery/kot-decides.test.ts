import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FakeSink } from '../../test/support/fake-sink.js';
import { manualClock } from '../../test/support/punches.js';
import type { LogEvent } from '../events/log-event.js';
import { punchId } from '../punches/planned-punch.js';
import { MemoryLedgerStore } from '../store/memory-ledger-store.js';
import { deliverDuePunches } from './deliver-due-punches.js';
import { PunchReadError } from './errors/punch-read-error.js';
import { LEDGER_CREATED_KEY } from './kot-decides.js';
import { processEvents } from './process-events.js';

const links: Record<string, string> = { taro: '0001', hanako: '0002' };
const event = (account: string, at: string, kind: LogEvent['kind'] = 'logon'): LogEvent => ({
  account,
  at: new Date(at),
  kind,
  raw: kind,
});
const week = [
  event('taro', '2024-02-05T09:00:00+09:00'),
  event('taro', '2024-02-05T18:00:00+09:00', 'logoff'),
  event('hanako', '2024-02-05T08:30:00+09:00'),
  event('hanako', '2024-02-05T17:30:00+09:00', 'logoff'),
  event('taro', '2024-02-06T09:10:00+09:00'),
  event('taro', '2024-02-06T18:10:00+09:00', 'logoff'),
];

function ledger(clock: ReturnType<typeof manualClock>, events: LogEvent[]) {
  const store = new MemoryLedgerStore({ now: clock.now });
  processEvents({
    store,
    source: 'smarton',
    events,
    checkpoint: null,
    aggregator: { resolveEmployee: (a) => links[a] },
    now: clock.now,
  });
  return store;
}

describe('KING OF TIME decides for days the ledger never saw', () => {
  it('a new state folder against a KING OF TIME that holds the punches sends none of them again', async () => {
    const clock = manualClock('2024-02-07T12:00:00+09:00');
    const sink = new FakeSink();
    // The first state folder delivered everything.
    const first = ledger(clock, week);
    await deliverDuePunches({ store: first, sink, now: clock.now });
    expect(sink.held).toHaveLength(6);
    // A second, fresh state folder reads the same logs.
    const fresh = ledger(clock, week);
    const report = await deliverDuePunches({ store: fresh, sink, now: clock.now });
    expect(sink.sends).toHaveLength(6);
    expect(sink.held).toHaveLength(6);
    expect(report.outcomes.map((o) => o.outcome)).toEqual(Array(6).fill('held'));
    expect(fresh.counts()).toMatchObject({ sent: 6, planned: 0 });
    // One batched read covered both employees and both days.
    expect(sink.reads.slice(-1)).toEqual([
      { employeeCodes: ['0002', '0001'], from: '2024-02-05', to: '2024-02-06' },
    ]);
  });

  it('sends only what KING OF TIME is missing, and says where its time differs from the logs', async () => {
    const clock = manualClock('2024-02-07T12:00:00+09:00');
    const sink = new FakeSink();
    // Someone punched 出勤 of 0001 on the 5th at 08:58 (another integration, or by hand).
    sink.held.push({
      employeeCode: '0001',
      workday: '2024-02-05',
      kind: 'clockIn',
      at: new Date('2024-02-05T08:58:00+09:00'),
    });
    const store = ledger(clock, week);
    await deliverDuePunches({ store, sink, now: clock.now });
    expect(sink.sends.map((p) => p.id)).not.toContain(punchId('0001', '2024-02-05', 'clockIn'));
    expect(sink.sends).toHaveLength(5);
    expect(store.get(punchId('0001', '2024-02-05', 'clockIn'))).toMatchObject({
      state: 'sent',
      at: new Date('2024-02-05T08:58:00+09:00'),
    });
    const [correction] = store.corrections();
    expect(correction?.id).toBe(`${punchId('0001', '2024-02-05', 'clockIn')}|held-differs`);
    expect(correction?.message).toContain('2024-02-05T08:58:00+09:00');
  });

  it('waits while KING OF TIME cannot be read (restricted hours) and sends nothing meanwhile', async () => {
    const clock = manualClock('2024-02-07T12:00:00+09:00');
    const sink = new FakeSink();
    const store = ledger(clock, week);
    const retryAt = new Date('2024-02-07T13:00:00+09:00');
    const restricted = { code: 'kot-restricted-hours', values: { until: retryAt.toISOString() } };
    sink.readError = new PunchReadError({ reason: 'restricted hours', retryAt, reasonDetail: restricted });
    const report = await deliverDuePunches({ store, sink, now: clock.now });
    expect(sink.sends).toEqual([]);
    expect(report.outcomes).toEqual([]);
    expect(store.list({ state: 'planned' }).every((p) => p.notBefore?.getTime() === retryAt.getTime())).toBe(
      true,
    );
    // The wait's reason as a code and values, wrapping the read failure's, for other languages.
    const detail = {
      code: 'waiting-to-read-new-days',
      values: { message: 'restricted hours' },
      cause: restricted,
    };
    expect(store.list({ state: 'planned' }).map((p) => p.reasonDetail)).toEqual(Array(6).fill(detail));
    expect(report.unreadable?.reasonDetail).toEqual(detail);
    sink.readError = undefined;
    clock.set('2024-02-07T13:00:00+09:00');
    await deliverDuePunches({ store, sink, now: clock.now });
    expect(sink.sends).toHaveLength(6);
  });

  it('one employee KING OF TIME cannot read waits alone; the others are decided and sent', async () => {
    const clock = manualClock('2024-02-07T12:00:00+09:00');
    const sink = new FakeSink();
    // KING OF TIME already holds taro's 出勤 of the 5th (from before this state folder).
    sink.held.push({
      employeeCode: '0001',
      workday: '2024-02-05',
      kind: 'clockIn',
      at: new Date('2024-02-05T09:00:00+09:00'),
    });
    sink.unknownEmployees.add('0002');
    const store = ledger(clock, week);
    const report = await deliverDuePunches({ store, sink, now: clock.now });
    // taro: the held 出勤 is not sent again, his three other punches go out once each.
    expect(report.outcomes.filter((o) => o.outcome === 'held').map((o) => o.punch.id)).toEqual([
      punchId('0001', '2024-02-05', 'clockIn'),
    ]);
    expect(sink.sends.map((p) => p.employeeCode)).toEqual(['0001', '0001', '0001']);
    expect(
      sink.count({
        employeeCode: '0001',
        workday: '2024-02-05',
        kind: 'clockIn',
        at: new Date('2024-02-05T09:00:00+09:00'),
      }),
    ).toBe(1);
    // hanako: never sent unread; her punches wait with a reason naming her.
    const waiting = store.list({ employeeCode: '0002' });
    expect(waiting.map((p) => p.state)).toEqual(['planned', 'planned']);
    for (const p of waiting) {
      expect(p.notBefore).toBeInstanceOf(Date);
      expect(p.reason).toContain('employee 0002');
      expect(p.errorCode).toBe('UNKNOWN_EMPLOYEE');
      expect(p.reasonDetail).toMatchObject({
        code: 'waiting-to-read-employee',
        values: { employeeCode: '0002' },
      });
    }
    expect(report.unreadable?.reason).toContain('employee 0002');
    // Once KING OF TIME knows her, her days are read and sent.
    sink.unknownEmployees.clear();
    clock.set('2024-02-07T12:06:00+09:00');
    await deliverDuePunches({ store, sink, now: clock.now });
    expect(sink.sends.filter((p) => p.employeeCode === '0002')).toHaveLength(2);
    expect(store.counts()).toMatchObject({ sent: 6, planned: 0 });
  });

  it('days dated after the ledger first delivered take the fast path: no read', async () => {
    const clock = manualClock('2024-02-07T12:00:00+09:00');
    const sink = new FakeSink();
    const store = ledger(clock, week);
    store.commit({ caches: { [LEDGER_CREATED_KEY]: '2024-02-04T12:00:00+09:00' } });
    await deliverDuePunches({ store, sink, now: clock.now });
    expect(sink.reads).toEqual([]);
    expect(sink.sends).toHaveLength(6);
  });
});

describe('KING OF TIME decides (property)', () => {
  it('a fresh ledger sends exactly the punches KING OF TIME is missing, whatever it already holds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), async (heldMask) => {
        const clock = manualClock('2024-02-07T12:00:00+09:00');
        const reference = ledger(clock, week);
        const wanted = reference.list();
        const sink = new FakeSink();
        wanted.forEach((p, i) => {
          if (heldMask[i])
            sink.held.push({ employeeCode: p.employeeCode, workday: p.workday, kind: p.kind, at: p.at });
        });
        const store = ledger(clock, week);
        await deliverDuePunches({ store, sink, now: clock.now });
        for (const p of wanted) expect(sink.count(p)).toBe(1);
        expect(sink.sends).toHaveLength(heldMask.filter((h) => !h).length);
        expect(store.counts()).toMatchObject({ sent: 6, planned: 0 });
        // A second round sends nothing and reads nothing more.
        const reads = sink.reads.length;
        await deliverDuePunches({ store, sink, now: clock.now });
        expect(sink.reads).toHaveLength(reads);
        expect(sink.sends).toHaveLength(heldMask.filter((h) => !h).length);
      }),
      { numRuns: 64 },
    );
  });
});
