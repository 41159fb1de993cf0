import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock, punch } from '../../test/support/punches.js';
import { LedgerClosedError } from '../ledger/errors/ledger-closed-error.js';
import { LedgerTransactionError } from '../ledger/errors/ledger-transaction-error.js';
import { LedgerTransitionError } from '../ledger/errors/ledger-transition-error.js';
import { markFailed, markSending, markSent, markUncertain } from '../ledger/internal/transitions.js';
import { FileLedgerStore } from './file-ledger-store.js';
import type { LedgerStore } from './ledger-store.js';
import { MemoryLedgerStore } from './memory-ledger-store.js';

// One suite, run against both stores: the memory store must behave exactly like the file store.

interface Harness {
  open(now: () => Date): LedgerStore;
  restart(store: LedgerStore, now: () => Date): LedgerStore;
}

const directories: string[] = [];
const openStores: LedgerStore[] = [];
afterEach(() => {
  for (const store of openStores.splice(0)) store.close();
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

const harnesses: Record<string, () => Harness> = {
  MemoryLedgerStore: () => ({
    open: (now) => track(new MemoryLedgerStore({ now })),
    restart: (store) => track((store as MemoryLedgerStore).reopen()),
  }),
  FileLedgerStore: () => {
    const directory = mkdtempSync(join(tmpdir(), 'pclogin-ledger-'));
    directories.push(directory);
    return {
      open: (now) => track(FileLedgerStore.open(directory, { now, compactEvery: 4 })),
      restart: (store, now) => {
        store.close();
        return track(FileLedgerStore.open(directory, { now, compactEvery: 4 }));
      },
    };
  },
};

function track<T extends LedgerStore>(store: T): T {
  openStores.push(store);
  return store;
}

const clockIn = punch('0001', '2024-02-07', 'clockIn', '2024-02-07T09:03:12+09:00');
const clockOut = punch('0001', '2024-02-07', 'clockOut', '2024-02-07T18:30:45+09:00');
const otherIn = punch('0002', '2024-02-08', 'clockIn', '2024-02-08T08:59:59+09:00');

describe.each(Object.keys(harnesses))('%s', (name) => {
  const setup = () => {
    const clock = manualClock();
    const harness = harnesses[name]!();
    return { clock, harness, store: harness.open(clock.now) };
  };

  it('starts empty', () => {
    const { store } = setup();
    expect(store.seq).toBe(0);
    expect(store.list()).toEqual([]);
    expect(store.counts()).toEqual({ planned: 0, sending: 0, sent: 0, failed: 0, uncertain: 0 });
    expect(store.checkpoint('smarton')).toBeUndefined();
  });

  it('plans punches: inserts, updates while planned, keeps once sending started', () => {
    const { store, clock } = setup();
    const first = store.commit({ plan: [clockIn, clockOut] });
    expect(first.seq).toBe(1);
    expect(first.planned.map((p) => p.outcome)).toEqual(['inserted', 'inserted']);
    expect(store.get(clockIn.id)).toMatchObject({
      state: 'planned',
      at: clockIn.at,
      attempts: 0,
      resends: 0,
      plannedAt: clock.now(),
    });

    const later = { ...clockOut, at: new Date('2024-02-07T19:00:00+09:00') };
    const second = store.commit({ plan: [clockIn, later] });
    expect(second.planned.map((p) => p.outcome)).toEqual(['unchanged', 'updated']);
    expect(store.get(clockOut.id)?.at).toEqual(later.at);

    store.commit({ punches: [markSending(store.get(clockIn.id)!, clock.now())] });
    const earlier = { ...clockIn, at: new Date('2024-02-07T08:50:00+09:00') };
    const third = store.commit({ plan: [earlier] });
    expect(third.planned[0]).toMatchObject({ outcome: 'kept', record: { state: 'sending', at: clockIn.at } });
    expect(store.get(clockIn.id)?.at).toEqual(clockIn.at);
  });

  it('refuses a forbidden transition and commits nothing of that transaction', () => {
    const { store, clock } = setup();
    store.commit({ plan: [clockIn] });
    const sent = markSent(markSending(store.get(clockIn.id)!, clock.now()), clock.now(), 'response');
    expect(() => store.commit({ punches: [sent] })).toThrow(LedgerTransitionError); // planned → sent skips sending
    store.commit({ punches: [markSending(store.get(clockIn.id)!, clock.now())] });
    store.commit({ punches: [markSent(store.get(clockIn.id)!, clock.now(), 'response')] });

    const back = { ...store.get(clockIn.id)!, state: 'planned' as const };
    const seq = store.seq;
    expect(() =>
      store.commit({ punches: [back], checkpoints: { smarton: { offset: 42 } }, plan: [otherIn] }),
    ).toThrow(
      expect.objectContaining({
        name: 'LedgerTransitionError',
        punchId: clockIn.id,
        from: 'sent',
        to: 'planned',
      }),
    );
    expect(store.seq).toBe(seq);
    expect(store.checkpoint('smarton')).toBeUndefined();
    expect(store.get(otherIn.id)).toBeUndefined();
    expect(store.get(clockIn.id)?.state).toBe('sent');
  });

  it("fixes a punch's time once a request for it started", () => {
    const { store, clock } = setup();
    store.commit({ plan: [clockIn] });
    store.commit({ punches: [markSending(store.get(clockIn.id)!, clock.now())] });
    const moved = markUncertain({ ...store.get(clockIn.id)!, at: new Date(0) }, clock.now(), 'timeout');
    expect(() => store.commit({ punches: [moved] })).toThrow(/time is fixed/);
  });

  it('refuses malformed punches, naming the field', () => {
    const { store } = setup();
    expect(() => store.commit({ plan: [{ ...clockIn, id: 'x' }] })).toThrow(
      expect.objectContaining({ name: 'LedgerTransactionError', field: 'plan[0].id' }),
    );
    expect(() => store.commit({ plan: [{ ...clockIn, at: new Date(Number.NaN) }] })).toThrow(
      LedgerTransactionError,
    );
    expect(() => store.commit({ plan: [{ ...clockIn, workday: '2024/02/07' }] })).toThrow(
      /plan\[0\]\.workday/,
    );
    expect(store.seq).toBe(0);
  });

  it('stores checkpoints, state and caches as JSON, read back as copies', () => {
    const { store } = setup();
    const checkpoint = { files: [{ name: 'a.csv', offset: 10 }], at: new Date('2024-02-07T00:00:00Z') };
    store.commit({
      checkpoints: { smarton: checkpoint },
      state: { aggregator: [1, 2] },
      caches: { directory: 'x' },
    });
    const read = store.checkpoint('smarton') as { files: { offset: number }[]; at: string };
    expect(read).toEqual({ files: [{ name: 'a.csv', offset: 10 }], at: '2024-02-07T00:00:00.000Z' });
    read.files[0]!.offset = 99;
    expect(store.checkpoint('smarton')).toMatchObject({ files: [{ offset: 10 }] });
    expect(store.state('aggregator')).toEqual([1, 2]);
    expect(store.cache('directory')).toBe('x');

    store.commit({ caches: { directory: null } });
    expect(store.cache('directory')).toBeUndefined();
    expect(() => store.commit({ state: { big: 1n } })).toThrow(
      expect.objectContaining({ name: 'LedgerTransactionError', field: 'state.big' }),
    );
    expect(() => store.commit({ state: { fn: () => 1 } })).toThrow(/use null to remove/);
  });

  it('lists state entries by key prefix, ordered by key, as copies, across a restart', () => {
    const { store, clock, harness } = setup();
    store.commit({
      state: { 'agg/day/b': { n: 2 }, 'agg/day/a': { n: 1 }, agg: { version: 2 }, 'other/day/a': 0 },
    });
    expect(store.stateEntries('agg/day/')).toEqual([
      ['agg/day/a', { n: 1 }],
      ['agg/day/b', { n: 2 }],
    ]);
    (store.stateEntries('agg/day/')[0]![1] as { n: number }).n = 9;
    // Only the entries named change: one is replaced, one removed, the others stay as they were.
    store.commit({ state: { 'agg/day/a': null, 'agg/day/c': { n: 3 } } });
    expect(store.stateEntries('agg/day/')).toEqual([
      ['agg/day/b', { n: 2 }],
      ['agg/day/c', { n: 3 }],
    ]);
    expect(store.stateEntries('nothing/')).toEqual([]);
    const reopened = harness.restart(store, clock.now);
    expect(reopened.stateEntries('agg/')).toEqual([
      ['agg/day/b', { n: 2 }],
      ['agg/day/c', { n: 3 }],
    ]);
    expect(reopened.state('agg')).toEqual({ version: 2 });
  });

  it('moves stateSeq with the commits that write state, and with no other', () => {
    const { store, clock, harness } = setup();
    expect(store.stateSeq).toBe(0);
    store.commit({ state: { agg: 1 } });
    expect(store.stateSeq).toBe(1);
    store.commit({ plan: [clockIn], checkpoints: { src: 1 }, caches: { directory: 'x' } });
    store.commit({ punches: [markSending(store.get(clockIn.id)!, clock.now())] });
    expect(store.seq).toBe(3);
    expect(store.stateSeq).toBe(1);
    store.commit({ state: { agg: null } });
    expect(store.stateSeq).toBe(4);
    expect(() => store.commit({ state: { bad: 1n } })).toThrow(LedgerTransactionError);
    expect(store.stateSeq).toBe(4);
    const reopened = harness.restart(store, clock.now);
    reopened.commit({ state: { agg: 2 } });
    expect(reopened.stateSeq).toBe(reopened.seq);
  });

  it('lists due punches: time reached, not waiting, earliest first, limited', () => {
    const { store, clock } = setup();
    store.commit({ plan: [clockOut, clockIn, otherIn] });
    expect(store.due(new Date('2024-02-07T12:00:00+09:00')).map((p) => p.id)).toEqual([clockIn.id]);
    expect(store.due(new Date('2024-02-09T00:00:00+09:00')).map((p) => p.id)).toEqual([
      clockIn.id,
      clockOut.id,
      otherIn.id,
    ]);
    expect(store.due(new Date('2024-02-09T00:00:00+09:00'), 1)).toHaveLength(1);

    const waiting = {
      ...store.get(clockIn.id)!,
      notBefore: new Date('2024-02-10T00:00:00Z'),
      updatedAt: clock.now(),
    };
    store.commit({ punches: [waiting] });
    expect(store.due(new Date('2024-02-09T00:00:00+09:00')).map((p) => p.id)).toEqual([
      clockOut.id,
      otherIn.id,
    ]);
    expect(store.due(new Date('2024-02-10T00:00:00Z')).map((p) => p.id)).toContain(clockIn.id);
  });

  it('queries by state, employee and working days, and counts', () => {
    const { store, clock } = setup();
    store.commit({ plan: [clockIn, clockOut, otherIn] });
    store.commit({ punches: [markSending(store.get(clockIn.id)!, clock.now())] });
    store.commit({
      punches: [markFailed(store.get(clockIn.id)!, clock.now(), 'no such employee', 'KOT_NOT_FOUND')],
    });
    expect(store.counts()).toEqual({ planned: 2, sending: 0, sent: 0, failed: 1, uncertain: 0 });
    expect(store.list({ state: 'failed' })).toEqual([
      expect.objectContaining({
        id: clockIn.id,
        reason: 'no such employee',
        errorCode: 'KOT_NOT_FOUND',
        attempts: 1,
      }),
    ]);
    expect(store.list({ state: ['planned', 'failed'], employeeCode: '0001' }).map((p) => p.id)).toEqual([
      clockIn.id,
      clockOut.id,
    ]);
    expect(store.list({ from: '2024-02-08' }).map((p) => p.id)).toEqual([otherIn.id]);
    expect(store.list({ to: '2024-02-07', limit: 1 }).map((p) => p.id)).toEqual([clockIn.id]);
  });

  it('withdraws punches only while they are planned', () => {
    const { store, clock } = setup();
    store.commit({ plan: [clockIn, clockOut] });
    store.commit({ punches: [markSending(store.get(clockIn.id)!, clock.now())] });
    const result = store.commit({ withdraw: [clockIn.id, clockOut.id, 'unknown'] });
    expect(result.withdrawn).toEqual([clockOut.id]);
    expect(store.get(clockOut.id)).toBeUndefined();
    expect(store.get(clockIn.id)?.state).toBe('sending');
  });

  it('forgets only settled punches', () => {
    const { store, clock } = setup();
    store.commit({ plan: [clockIn, clockOut] });
    store.commit({ punches: [markSending(store.get(clockIn.id)!, clock.now())] });
    store.commit({ punches: [markSent(store.get(clockIn.id)!, clock.now(), 'response')] });
    expect(() => store.commit({ forget: [clockOut.id] })).toThrow(/only sent or failed/);
    store.commit({ forget: [clockIn.id] });
    expect(store.get(clockIn.id)).toBeUndefined();
    expect(store.counts().sent).toBe(0);
  });

  it('records corrections and their resolution', () => {
    const { store, clock } = setup();
    const correction = {
      id: 'c1',
      employeeCode: '0001',
      workday: '2024-02-07',
      kind: 'clockIn' as const,
      message: 'm1',
    };
    store.commit({ corrections: [correction] });
    const created = clock.now();
    clock.advance(60_000);
    store.commit({ corrections: [{ ...correction, message: 'm2', detail: { first: '08:51' } }] });
    expect(store.corrections()).toEqual([
      { ...correction, message: 'm2', detail: { first: '08:51' }, createdAt: created },
    ]);
    store.commit({ resolveCorrections: ['c1'] });
    expect(store.corrections()).toEqual([]);
    expect(store.corrections({ includeResolved: true })[0]?.resolvedAt).toEqual(clock.now());
    expect(() => store.commit({ resolveCorrections: ['nope'] })).toThrow(/no correction nope/);
  });

  it('after a restart, keeps everything and turns sending into uncertain', () => {
    const { store, clock, harness } = setup();
    store.commit({ plan: [clockIn, clockOut, otherIn], checkpoints: { smarton: { offset: 1 } } });
    store.commit({
      punches: [markSending(store.get(clockIn.id)!, clock.now())],
      state: { aggregator: { a: 1 } },
    });
    store.commit({ punches: [markSending(store.get(otherIn.id)!, clock.now())] });
    store.commit({
      punches: [markSent(store.get(otherIn.id)!, clock.now(), 'response')],
      caches: { d: [1] },
    });
    store.commit({ corrections: [{ id: 'c', employeeCode: '0001', workday: '2024-02-07', message: 'fix' }] });
    const before = { list: store.list(), seq: store.seq, corrections: store.corrections() };
    clock.advance(5_000);

    const reopened = harness.restart(store, clock.now);
    expect(reopened.seq).toBe(before.seq + 1);
    expect(reopened.get(clockIn.id)).toMatchObject({
      state: 'uncertain',
      attempts: 1,
      updatedAt: clock.now(),
      reason: expect.stringMatching(/stopped while sending/),
    });
    expect(reopened.list().filter((p) => p.id !== clockIn.id)).toEqual(
      before.list.filter((p) => p.id !== clockIn.id),
    );
    expect(reopened.checkpoint('smarton')).toEqual({ offset: 1 });
    expect(reopened.state('aggregator')).toEqual({ a: 1 });
    expect(reopened.cache('d')).toEqual([1]);
    expect(reopened.corrections()).toEqual(before.corrections);
    expect(() => store.commit({ plan: [clockIn] })).toThrow(LedgerClosedError);
  });

  it('hands out copies', () => {
    const { store } = setup();
    store.commit({ plan: [clockIn] });
    const copy = store.get(clockIn.id)!;
    copy.state = 'sent';
    copy.at.setTime(0);
    expect(store.get(clockIn.id)).toMatchObject({ state: 'planned', at: clockIn.at });
  });
});

describe('both stores', () => {
  // Random operation sequences: both stores must agree after every step and after a restart.
  const operation = fc.oneof(
    fc.record({ op: fc.constant('plan' as const), n: fc.nat(5), minutes: fc.nat(600) }),
    fc.record({
      op: fc.constantFrom('send' as const, 'ok' as const, 'lost' as const, 'fail' as const),
      n: fc.nat(5),
    }),
    fc.record({ op: fc.constant('checkpoint' as const), value: fc.jsonValue() }),
    fc.record({ op: fc.constant('forget' as const), n: fc.nat(5) }),
  );

  it('behave identically', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (operations) => {
        const clock = manualClock();
        const stores = [harnesses.MemoryLedgerStore!(), harnesses.FileLedgerStore!()].map((h) => ({
          harness: h,
          store: h.open(clock.now),
        }));
        const outcome = (run: () => unknown) => {
          try {
            return { value: run() };
          } catch (error) {
            return { error: (error as Error).name };
          }
        };
        for (const step of operations) {
          clock.advance(1000);
          const results = stores.map(({ store }) =>
            outcome(() => {
              const id = `E${'n' in step ? step.n : 0}|2024-02-07|clockIn|0`;
              const current = store.get(id);
              switch (step.op) {
                case 'plan':
                  return store.commit({
                    plan: [
                      punch(`E${step.n}`, '2024-02-07', 'clockIn', `2024-02-07T0${step.minutes % 10}:00:00Z`),
                    ],
                  });
                case 'send':
                  return store.commit({ punches: [markSending(current!, clock.now())] });
                case 'ok':
                  return store.commit({ punches: [markSent(current!, clock.now(), 'response')] });
                case 'lost':
                  return store.commit({ punches: [markUncertain(current!, clock.now(), 'timeout')] });
                case 'fail':
                  return store.commit({ punches: [markFailed(current!, clock.now(), 'bad')] });
                case 'checkpoint':
                  return store.commit({ checkpoints: { s: step.value } });
                case 'forget':
                  return store.commit({ forget: [id] });
              }
            }),
          );
          expect(results[1]).toEqual(results[0]);
        }
        const views = stores.map(({ harness, store }) => {
          const reopened = harness.restart(store, clock.now);
          return { list: reopened.list(), seq: reopened.seq, checkpoint: reopened.checkpoint('s') };
        });
        expect(views[1]).toEqual(views[0]);
        for (const store of openStores.splice(0)) store.close();
      }),
      { numRuns: 40 },
    );
  });
});
