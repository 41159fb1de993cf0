import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { FakeSink } from '../../test/support/fake-sink.js';
import { manualClock } from '../../test/support/punches.js';
import type { AggregatorOptions } from '../aggregation/aggregator-options.js';
import type { LogEvent } from '../events/log-event.js';
import { LedgerWriteError } from '../ledger/errors/ledger-write-error.js';
import type { LedgerTransaction } from '../store/ledger-transaction.js';
import { MemoryLedgerStore } from '../store/memory-ledger-store.js';
import { type AggregatorCache, createAggregatorCache } from './aggregator-cache.js';
import { deliverDuePunches } from './deliver-due-punches.js';
import { forgetSettledPunches } from './forget-settled-punches.js';
import { type ProcessEventsResult, processEvents } from './process-events.js';

const start = Date.parse('2024-02-05T00:00:00+09:00');
const kinds = ['logon', 'logoff', 'lock', 'unlock'] as const;

const event = (account: string, at: string | number, kind: LogEvent['kind'] = 'logon'): LogEvent => ({
  account,
  at: new Date(at),
  kind,
  raw: kind,
});

/** Everything a ledger holds that processEvents writes or reads. */
function contents(store: MemoryLedgerStore) {
  return {
    seq: store.seq,
    marker: store.state('aggregator'),
    days: store.stateEntries('aggregator/'),
    punches: store.list(),
    corrections: store.corrections({ includeResolved: true }),
    checkpoint: store.checkpoint('src'),
  };
}

/** What a batch reports, in comparable form. */
function outcome(result: ProcessEventsResult) {
  return {
    ...result,
    rejected: result.rejected.map((r) => r.reason),
  };
}

/** A store whose commits fail while `failing` is set, as a full disk would. */
class FailingStore extends MemoryLedgerStore {
  failing = false;
  override commit(transaction: LedgerTransaction) {
    if (this.failing) throw new LedgerWriteError({ file: 'wal.jsonl', cause: new Error('ENOSPC') });
    return super.commit(transaction);
  }
}

describe('processEvents with an aggregator cache (property)', () => {
  // Two pipelines fed the same batches at the same times, one restoring the aggregator from the
  // ledger for every batch and one keeping it in memory: every result and the whole ledger must
  // be the same after every step, whatever the split, the order, deliveries, links that change,
  // the forgetting horizon moving, or batches that cannot be committed.
  const stepArb = fc.record({
    events: fc.array(
      fc.record({
        account: fc.constantFrom('taro', 'hanako', 'jiro', 'guest', ' Taro '),
        minute: fc.integer({ min: 0, max: 6 * 24 * 60 }),
        kind: fc.constantFrom(...kinds),
        file: fc.constantFrom('a.csv', 'b.csv'),
      }),
      { maxLength: 12 },
    ),
    // The previous batch's events read again from an earlier place (a copy of the log): repeats
    // that still move a day's first or last event.
    replay: fc.boolean(),
    advanceHours: fc.integer({ min: 0, max: 30 }),
    deliver: fc.boolean(),
    linkJiro: fc.boolean(),
    // taro's account linked to another employee, or back (a repaired link).
    moveTaro: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
    forget: fc.option(fc.integer({ min: 0, max: 4 }), { freq: 8 }),
    fail: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
  });

  it('gives the same results and ledger contents as restoring for every batch', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        fc.constantFrom<'after-day-end' | 'rolling'>('after-day-end', 'rolling'),
        async (steps, breaks, policy) => {
          const clock = manualClock('2024-02-05T06:00:00+09:00');
          const fresh = new FailingStore({ now: clock.now });
          const cached = new FailingStore({ now: clock.now });
          const cache = createAggregatorCache();
          const sinks = [new FakeSink(), new FakeSink()];
          let links: Record<string, string> = { taro: '0001', hanako: '0002' };
          let offset = 0;
          let previous: LogEvent[] = [];
          for (const step of steps) {
            clock.advance(step.advanceHours * 3_600_000);
            if (step.linkJiro) links = { ...links, jiro: '0003' };
            if (step.moveTaro) links = { ...links, taro: links['taro'] === '0001' ? '0009' : '0001' };
            const current = links;
            // A new options object per batch, as a polling agent builds one per pass.
            const aggregator: AggregatorOptions = {
              resolveEmployee: (account) => current[account],
              breaks: { enabled: breaks, minGapMinutes: 30 },
            };
            const read = step.events.map((e, line) => ({
              ...event(e.account, start + e.minute * 60_000, e.kind),
              source: { file: e.file, line: line + 1 },
            }));
            const events = step.replay
              ? [...read, ...previous.map((e) => ({ ...e, source: { file: '0.csv', line: 1 } }))]
              : read;
            previous = read;
            offset++;
            const run = (store: FailingStore, withCache?: AggregatorCache) => {
              store.failing = step.fail;
              try {
                return outcome(
                  processEvents({
                    store,
                    source: 'src',
                    events,
                    checkpoint: offset,
                    aggregator,
                    planning: { policy, graceMinutes: 10 },
                    now: clock.now,
                    ...(withCache ? { cache: withCache } : {}),
                  }),
                );
              } catch (error) {
                return (error as Error).name;
              } finally {
                store.failing = false;
              }
            };
            expect(run(cached, cache)).toEqual(run(fresh));
            if (step.fail) expect(cache.size).toBe(0);
            if (step.deliver) {
              await deliverDuePunches({ store: fresh, sink: sinks[0]!, now: clock.now });
              await deliverDuePunches({ store: cached, sink: sinks[1]!, now: clock.now });
            }
            if (step.forget !== null) {
              const before = new Date(start + step.forget * 86_400_000).toISOString().slice(0, 10);
              forgetSettledPunches(fresh, { before });
              forgetSettledPunches(cached, { before });
            }
            expect(contents(cached)).toEqual(contents(fresh));
            // Whatever the links did, no employee's day got a second 出勤.
            const clockIns = sinks[0]!.held
              .filter((p) => p.kind === 'clockIn')
              .map((p) => `${p.employeeCode}|${p.workday}`);
            expect(new Set(clockIns).size).toBe(clockIns.length);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('processEvents with an aggregator cache', () => {
  const resolveEmployee = (account: string) => ({ taro: '0001', hanako: '0002' })[account];

  function setup(store = new FailingStore({ now: manualClock('2024-02-07T12:00:00+09:00').now })) {
    const cache = createAggregatorCache();
    // `null`: without a cache, as another pipeline writing the same ledger.
    const run = (events: LogEvent[], checkpoint: unknown, withCache: AggregatorCache | null = cache) =>
      processEvents({
        store,
        source: 'src',
        events,
        checkpoint,
        aggregator: { resolveEmployee },
        now: new Date('2024-02-07T12:00:00+09:00'),
        ...(withCache ? { cache: withCache } : {}),
      });
    const day = (key: string) =>
      store.stateEntries('aggregator/day/').find(([k]) => k === `aggregator/day/${key}`)?.[1] as
        | { events: number[] }
        | undefined;
    return { store, cache, run, day };
  }

  it('reuses the aggregator across batches and across commits that write only punches', async () => {
    const { store, cache, run, day } = setup();
    const reads = vi.spyOn(store, 'stateEntries');
    run([event('taro', '2024-02-07T09:00:00+09:00')], 1);
    expect(reads).toHaveBeenCalledTimes(1); // the first batch restores (from an empty ledger)
    expect(cache.size).toBe(1);
    await deliverDuePunches({
      store,
      sink: new FakeSink(),
      now: () => new Date('2024-02-07T12:00:00+09:00'),
    });
    const result = run(
      [event('taro', '2024-02-07T11:00:00+09:00', 'lock'), event('hanako', '2024-02-07T10:00:00+09:00')],
      2,
    );
    expect(reads).toHaveBeenCalledTimes(1); // the delivery's commits wrote punches only
    expect(result.added).toBe(2);
    expect(day('employee:0001|2024-02-07')?.events).toHaveLength(2);
    expect(day('employee:0002|2024-02-07')?.events).toHaveLength(1);
  });

  it('restores from the ledger when another writer changed the state since its commit', () => {
    const { cache, run, day } = setup();
    run([event('taro', '2024-02-07T09:00:00+09:00')], 1);
    // Another pipeline (no cache) adds an event to the same day.
    run([event('taro', '2024-02-07T10:00:00+09:00', 'lock')], 2, null);
    expect(day('employee:0001|2024-02-07')?.events).toHaveLength(2);
    expect(cache.size).toBe(1); // still holding the day as its own commit left it
    run([event('taro', '2024-02-07T11:00:00+09:00', 'unlock')], 3);
    // Kept in memory, the day would have lost the other writer's event.
    expect(day('employee:0001|2024-02-07')?.events).toHaveLength(3);
  });

  it('restores for another store or another state key', () => {
    const { store, cache, run } = setup();
    run([event('taro', '2024-02-07T09:00:00+09:00')], 1);
    const other = new MemoryLedgerStore();
    processEvents({
      store: other,
      source: 'src',
      events: [],
      checkpoint: 0,
      aggregator: { resolveEmployee },
      cache,
    });
    expect(other.stateEntries('aggregator/day/')).toEqual([]);
    processEvents({ store, source: 'src', events: [], checkpoint: 2, stateKey: 'second', cache });
    expect(store.stateEntries('second/day/')).toEqual([]);
    expect(store.stateEntries('aggregator/day/')).toHaveLength(1);
  });

  it('keeps none of a batch whose commit failed: the next batch starts from the ledger', () => {
    const { store, cache, run, day } = setup();
    run([event('taro', '2024-02-07T09:00:00+09:00')], 1);
    store.failing = true;
    expect(() => run([event('taro', '2024-02-07T08:00:00+09:00')], 2)).toThrow(LedgerWriteError);
    expect(cache.size).toBe(0);
    store.failing = false;
    const reads = vi.spyOn(store, 'stateEntries');
    run([event('hanako', '2024-02-07T10:00:00+09:00')], 3);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(day('employee:0001|2024-02-07')?.events).toHaveLength(1); // not the failed batch's 08:00
    expect(store.get('0001|2024-02-07|clockIn|0')?.at).toEqual(new Date('2024-02-07T09:00:00+09:00'));
    expect(store.checkpoint('src')).toBe(3);
  });

  it('refuses a cache that createAggregatorCache did not make', () => {
    const { run } = setup();
    expect(() => run([], 1, { size: 0, clear() {} })).toThrow(TypeError);
  });

  it('can be emptied', () => {
    const { cache, run } = setup();
    run([event('taro', '2024-02-07T09:00:00+09:00')], 1);
    cache.clear();
    expect(cache.size).toBe(0);
  });
});
