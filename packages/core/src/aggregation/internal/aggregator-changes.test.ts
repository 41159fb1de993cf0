import { expect, test } from 'vitest';
import type { LogEvent } from '../../events/log-event.js';
import { createAggregator } from '../create-aggregator.js';
import type { AggregatorImpl } from './aggregator-impl.js';

// The aggregator tracks the days a batch changed or evicted for the ledger's commit. Without a
// ledger (daily, a custom pipeline) nothing takes those changes, so evicted days must not be
// held for it: evicting is how such a user keeps its memory bounded.
const event = (account: string, iso: string): LogEvent => ({
  account,
  at: new Date(iso),
  kind: 'logon',
  raw: 'ログオン',
});

test('days evicted from an aggregator without a ledger are not kept for a commit', () => {
  const aggregator = createAggregator({ workdayOptions: { timeZone: 'Asia/Tokyo' } }) as AggregatorImpl;
  for (let day = 1; day <= 20; day++) {
    const date = `2024-03-${String(day).padStart(2, '0')}`;
    aggregator.add([event('a', `${date}T09:00:00+09:00`), event('b', `${date}T10:00:00+09:00`)]);
    aggregator.evict({ before: date });
  }
  expect(aggregator.size).toBe(2);
  // What the aggregator holds for the next commit: nothing of the 38 evicted days.
  expect((aggregator as unknown as { removed: Set<unknown> }).removed.size).toBe(0);
  const { changed, removed } = aggregator.takeChanges();
  expect(removed).toEqual([]);
  expect(changed.map((d) => d.identity.workday)).toEqual(['2024-03-20', '2024-03-20']);
});

test('a stored day that is evicted is handed to the next commit, once', () => {
  const aggregator = createAggregator({ workdayOptions: { timeZone: 'Asia/Tokyo' } }) as AggregatorImpl;
  aggregator.add([event('a', '2024-03-01T09:00:00+09:00'), event('a', '2024-03-02T09:00:00+09:00')]);
  aggregator.markStored();
  aggregator.evict({ before: '2024-03-02' });
  const first = aggregator.takeChanges();
  expect(first.removed.map((d) => d.identity.workday)).toEqual(['2024-03-01']);
  expect(first.changed).toEqual([]);
  expect(aggregator.takeChanges().removed).toEqual([]);
});
