import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeSink } from '../../test/support/fake-sink.js';
import { manualClock } from '../../test/support/punches.js';
import { createAggregator } from '../aggregation/create-aggregator.js';
import type { LogEvent } from '../events/log-event.js';
import { punchId } from '../punches/planned-punch.js';
import { FileLedgerStore } from '../store/file-ledger-store.js';
import type { LedgerTransaction } from '../store/ledger-transaction.js';
import { MemoryLedgerStore } from '../store/memory-ledger-store.js';
import { createPipeline } from './create-pipeline.js';
import { forgetSettledPunches, forgottenBefore as forgottenHorizon } from './forget-settled-punches.js';
import { processEvents } from './process-events.js';

const links: Record<string, string> = { taro: '0001', hanako: '0002' };
const resolveEmployee = (account: string) => links[account];
const event = (account: string, at: string, kind: LogEvent['kind'] = 'logon'): LogEvent => ({
  account,
  at: new Date(at),
  kind,
  raw: kind === 'logon' ? 'ログオン' : 'ログオフ',
});
const clockIn = (code: string, day: string) => punchId(code, day, 'clockIn');
const clockOut = (code: string, day: string) => punchId(code, day, 'clockOut');

function setup(now = '2024-02-07T12:00:00+09:00') {
  const clock = manualClock(now);
  const store = new MemoryLedgerStore({ now: clock.now });
  const run = (events: LogEvent[], checkpoint: unknown) =>
    processEvents({
      store,
      source: 'smarton',
      events,
      checkpoint,
      aggregator: { resolveEmployee },
      now: clock.now,
    });
  return { clock, store, run };
}

describe('processEvents', () => {
  it('commits the planned punches, the aggregator state and the checkpoint in one transaction', () => {
    const { store, run } = setup();
    const result = run(
      [event('taro', '2024-02-07T09:03:12+09:00'), event('hanako', '2024-02-07T08:55:00+09:00')],
      { offset: 120 },
    );
    expect(result.seq).toBe(1);
    expect(store.seq).toBe(1);
    expect(result.planned.map((p) => [p.id, p.outcome])).toEqual([
      [clockIn('0001', '2024-02-07'), 'inserted'],
      [clockIn('0002', '2024-02-07'), 'inserted'],
    ]);
    expect(store.get(clockIn('0001', '2024-02-07'))?.at).toEqual(new Date('2024-02-07T09:03:12+09:00'));
    expect(store.checkpoint('smarton')).toEqual({ offset: 120 });
    expect(store.state('aggregator')).toEqual({ version: 2 });
    expect(store.stateEntries('aggregator/day/').map(([key]) => key)).toEqual([
      'aggregator/day/employee:0001|2024-02-07',
      'aggregator/day/employee:0002|2024-02-07',
    ]);
    expect(result).toMatchObject({ added: 2, duplicates: 0, rejected: [] });
  });

  it('keeps nothing of a batch whose commit fails: the batch is read again from the old checkpoint', () => {
    const { store, run } = setup();
    run([event('taro', '2024-02-07T09:03:12+09:00')], { offset: 1 });
    const before = {
      state: store.state('aggregator'),
      days: store.stateEntries('aggregator/'),
      list: store.list(),
      seq: store.seq,
    };
    const restarted = store.reopen(); // the old handle is closed: its commit fails like a crash would
    expect(() =>
      processEvents({
        store,
        source: 'smarton',
        events: [event('taro', '2024-02-07T08:00:00+09:00')],
        checkpoint: { offset: 2 },
        aggregator: { resolveEmployee },
      }),
    ).toThrow(/closed/);
    expect(restarted.checkpoint('smarton')).toEqual({ offset: 1 });
    expect(restarted.state('aggregator')).toEqual(before.state);
    expect(restarted.stateEntries('aggregator/')).toEqual(before.days);
    expect(restarted.list()).toEqual(before.list);
  });

  it('plans the after-day-end 退勤 when time passes, even without new events', () => {
    const { store, run, clock } = setup();
    run(
      [event('taro', '2024-02-07T09:03:12+09:00'), event('taro', '2024-02-07T18:30:05+09:00', 'logoff')],
      1,
    );
    expect(store.get(clockOut('0001', '2024-02-07'))).toBeUndefined();
    clock.set('2024-02-08T00:09:59+09:00');
    run([], 1);
    expect(store.get(clockOut('0001', '2024-02-07'))).toBeUndefined();
    clock.set('2024-02-08T00:10:00+09:00');
    run([], 1);
    expect(store.get(clockOut('0001', '2024-02-07'))).toMatchObject({
      state: 'planned',
      at: new Date('2024-02-07T18:30:05+09:00'),
    });
  });

  it('never plans a second 出勤: an earlier log after the first was sent becomes a correction', async () => {
    const { store, run, clock } = setup();
    run([event('taro', '2024-02-07T09:03:12+09:00')], 1);
    const sink = new FakeSink();
    const pipeline = createPipeline({ store, sink, now: clock.now, aggregator: { resolveEmployee } });
    await pipeline.deliver();
    const result = run([event('taro', '2024-02-07T08:51:40+09:00')], 2);
    expect(result.planned).toEqual([]);
    expect(store.corrections()).toEqual([
      expect.objectContaining({
        id: `${clockIn('0001', '2024-02-07')}|earlier-log-after-clock-in`,
        employeeCode: '0001',
        kind: 'clockIn',
        message: expect.stringContaining('出勤'),
      }),
    ]);
    await pipeline.deliver();
    expect(sink.sends).toHaveLength(1);
  });

  it('reports events it cannot place, and moves the checkpoint past them', () => {
    const { store, run } = setup();
    const result = run([event('taro', 'not a date')], { offset: 9 });
    expect(result.rejected).toHaveLength(1);
    expect(store.checkpoint('smarton')).toEqual({ offset: 9 });
  });

  it('drops settled days from the aggregator state after retainDays, not before', async () => {
    const { store, run, clock } = setup();
    const sink = new FakeSink();
    run(
      [event('taro', '2024-02-07T09:00:00+09:00'), event('taro', '2024-02-07T18:00:00+09:00', 'logoff')],
      1,
    );
    clock.set('2024-02-10T00:00:00+09:00'); // two days after the day ended
    const planned = run([], 1);
    expect(planned.evicted).toBe(0); // its 退勤 is only just planned
    await deliverAll(store, sink, clock.now);
    expect(run([], 1).evicted).toBe(1);
    expect(store.state('aggregator')).toEqual({ version: 2 });
    expect(store.stateEntries('aggregator/day/')).toEqual([]);
    expect(sink.sends).toHaveLength(2);
  });
});

describe('processEvents: the aggregator state in the ledger', () => {
  function recordCommits(store: MemoryLedgerStore): LedgerTransaction[] {
    const commits: LedgerTransaction[] = [];
    const commit = store.commit.bind(store);
    store.commit = (transaction) => {
      commits.push(transaction);
      return commit(transaction);
    };
    return commits;
  }

  it('commits only the days a batch changed, and removals of the evicted ones', async () => {
    const { store, run, clock } = setup();
    run([event('taro', '2024-02-07T09:00:00+09:00'), event('hanako', '2024-02-07T09:10:00+09:00')], 1);
    const commits = recordCommits(store);
    run([], 2);
    expect(commits.at(-1)?.state).toEqual({});
    run([event('taro', '2024-02-07T09:00:00+09:00')], 3); // a repeat changes nothing
    expect(commits.at(-1)?.state).toEqual({});
    run([event('hanako', '2024-02-07T17:00:00+09:00', 'logoff')], 4);
    expect(Object.keys(commits.at(-1)?.state ?? {})).toEqual(['aggregator/day/employee:0002|2024-02-07']);
    expect(commits.at(-1)?.checkpoints).toEqual({ smarton: 4 });

    clock.set('2024-02-10T00:00:00+09:00');
    run([event('taro', '2024-02-10T00:00:01+09:00')], 5); // plans the 退勤 of the 7th
    await deliverAll(store, new FakeSink(), clock.now);
    expect(run([], 6).evicted).toBe(2);
    expect(commits.at(-1)?.state).toEqual({
      'aggregator/day/employee:0001|2024-02-07': null,
      'aggregator/day/employee:0002|2024-02-07': null,
    });
    expect(store.stateEntries('aggregator/day/').map(([key]) => key)).toEqual([
      'aggregator/day/employee:0001|2024-02-10',
    ]);
  });

  it('keeps a steady commit small whatever the number of employees (1,000 here)', () => {
    const directory = mkdtempSync(join(tmpdir(), 'pclogin-process-'));
    const clock = manualClock('2024-02-07T20:00:00+09:00');
    const store = FileLedgerStore.open(directory, { now: clock.now });
    try {
      const wal = () => statSync(join(directory, 'wal.jsonl')).size;
      const batch = (events: LogEvent[], checkpoint: number) => {
        const before = wal();
        processEvents({
          store,
          source: 'smarton',
          events,
          checkpoint,
          aggregator: { resolveEmployee: (account) => account.replace('user', '') },
          now: clock.now,
        });
        return wal() - before;
      };
      const day: LogEvent[] = [];
      for (let e = 0; e < 1000; e++) {
        for (let i = 0; i < 20; i++) {
          day.push(
            event(
              `user${String(e).padStart(4, '0')}`,
              `2024-02-07T${String(8 + (i >> 1)).padStart(2, '0')}:${i % 2 ? 30 : 10}:0${e % 10}+09:00`,
            ),
          );
        }
      }
      const first = batch(day, 1);
      expect(first).toBeGreaterThan(1000 * 300); // every day is written once
      clock.set('2024-02-07T20:01:00+09:00');
      expect(batch([], 2)).toBeLessThan(1000); // the checkpoint and the transaction's frame only
      const one = batch([event('user0042', '2024-02-07T19:59:00+09:00', 'logoff')], 3);
      expect(one).toBeLessThan(first / 200); // that employee's day only
      expect(store.stateEntries('aggregator/day/')).toHaveLength(1000);
    } finally {
      store.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('reads a state stored as one value (version 1) and rewrites it as day entries in its next commit', () => {
    const { store, run } = setup();
    const old = createAggregator({ resolveEmployee });
    old.add([event('taro', '2024-02-07T09:03:12+09:00'), event('nobody', '2024-02-07T09:05:00+09:00')]);
    store.commit({ state: { aggregator: old.toJSON() }, checkpoints: { smarton: 1 } });
    const result = run([event('taro', '2024-02-07T09:03:12+09:00')], 2);
    expect(result).toMatchObject({ added: 0, duplicates: 1 });
    expect(store.state('aggregator')).toEqual({ version: 2 });
    expect(store.stateEntries('aggregator/day/')).toEqual([
      ['aggregator/day/account:nobody|2024-02-07', old.toJSON().days.find((d) => d.account === 'nobody')],
      ['aggregator/day/employee:0001|2024-02-07', old.toJSON().days.find((d) => d.employeeCode === '0001')],
    ]);
    expect(store.get(clockIn('0001', '2024-02-07'))?.at).toEqual(new Date('2024-02-07T09:03:12+09:00'));
  });

  it('refuses a state of an unknown version or a damaged day entry, naming it, and commits nothing', () => {
    const { store, run } = setup();
    store.commit({ state: { aggregator: { version: 3 } } });
    expect(() => run([], 1)).toThrow(
      expect.objectContaining({ name: 'AggregatorStateError', path: 'aggregator' }),
    );
    store.commit({
      state: { aggregator: { version: 2 }, 'aggregator/day/employee:0001|2024-02-07': { workday: 'x' } },
    });
    expect(() => run([], 1)).toThrow(
      expect.objectContaining({
        path: expect.stringMatching(/^aggregator\/day\/employee:0001\|2024-02-07\./),
      }),
    );
    expect(store.seq).toBe(2);
  });
});

describe('forgetSettledPunches', () => {
  it('drops settled punches before a day, and old logs read again then plan nothing', async () => {
    const { store, run, clock } = setup('2024-02-09T12:00:00+09:00');
    const sink = new FakeSink();
    run([event('taro', '2024-02-07T09:00:00+09:00'), event('hanako', '2024-02-08T09:00:00+09:00')], 1);
    await deliverAll(store, sink, clock.now);
    run([event('taro', '2024-02-09T09:00:00+09:00')], 2); // not sent yet

    expect(forgetSettledPunches(store, { before: '2024-02-09' })).toBe(2);
    expect(store.list().map((p) => p.id)).toEqual([clockIn('0001', '2024-02-09')]);
    expect(forgottenHorizon(store)).toBe('2024-02-09');

    const again = processEvents({
      store,
      source: 'replay',
      events: [event('taro', '2024-02-07T09:00:00+09:00'), event('taro', '2024-02-10T09:00:00+09:00')],
      checkpoint: 1,
      aggregator: { resolveEmployee },
      now: clock.now,
    });
    expect(again.planned.map((p) => p.id)).toEqual([clockIn('0001', '2024-02-10')]);
    // Days before the horizon are not kept: they would never be planned.
    expect(store.stateEntries('aggregator/day/').map(([key]) => key)).not.toContain(
      'aggregator/day/employee:0001|2024-02-07',
    );
    expect(forgetSettledPunches(store, { before: '2024-02-01' })).toBe(0);
    expect(forgottenHorizon(store)).toBe('2024-02-09'); // the horizon never moves back
    expect(() => forgetSettledPunches(store, { before: 'yesterday' })).toThrow(RangeError);
  });

  it('keeps settled punches of the day given and after it', async () => {
    const { store, run, clock } = setup('2024-02-09T12:00:00+09:00');
    const sink = new FakeSink();
    run([event('taro', '2024-02-08T09:00:00+09:00'), event('taro', '2024-02-09T09:00:00+09:00')], 1);
    await deliverAll(store, sink, clock.now);
    expect(store.list({ state: 'sent' }).map((p) => p.workday)).toContain('2024-02-09');
    forgetSettledPunches(store, { before: '2024-02-09' });
    expect(store.list({ state: 'sent' }).map((p) => p.id)).toEqual([clockIn('0001', '2024-02-09')]);
  });
});

describe('createPipeline', () => {
  it('ingests, delivers, and tells what is still to come', async () => {
    const clock = manualClock('2024-02-07T12:00:00+09:00');
    const store = new MemoryLedgerStore({ now: clock.now });
    const sink = new FakeSink();
    const pipeline = createPipeline({ store, sink, now: clock.now, aggregator: { resolveEmployee } });
    expect(pipeline.checkpoint('door')).toBeUndefined();
    pipeline.ingest(
      'door',
      [event('taro', '2024-02-07T09:00:00+09:00'), event('taro', '2024-02-07T11:00:00+09:00', 'logoff')],
      { line: 2 },
    );
    expect(pipeline.checkpoint('door')).toEqual({ line: 2 });
    await pipeline.reconcile();
    const report = await pipeline.deliver();
    expect(report.outcomes.map((o) => o.outcome)).toEqual(['sent']);
    const status = pipeline.status();
    expect(status.counts.sent).toBe(1);
    expect(status.upcoming).toEqual([
      {
        employeeCode: '0001',
        workday: '2024-02-07',
        lastLogAt: new Date('2024-02-07T11:00:00+09:00'),
        plannedAfter: new Date('2024-02-08T00:10:00+09:00'),
      },
    ]);
  });
});

async function deliverAll(store: MemoryLedgerStore, sink: FakeSink, now: () => Date) {
  await createPipeline({ store, sink, now }).deliver();
}
