import { describe, expect, it } from 'vitest';
import { manualClock } from '../../test/support/punches.js';
import type { LogEvent } from '../events/log-event.js';
import { punchId } from '../punches/planned-punch.js';
import { MemoryLedgerStore } from '../store/memory-ledger-store.js';
import { createAggregatorCache } from './aggregator-cache.js';
import { processEvents } from './process-events.js';

const event = (account: string, at: string, kind: LogEvent['kind'] = 'logon'): LogEvent => ({
  account,
  at: new Date(at),
  kind,
  raw: kind === 'logon' ? 'ログオン' : kind === 'lock' ? 'ロック' : 'ログオフ',
});

function setup(links: Record<string, string>, cached: boolean) {
  const clock = manualClock('2024-02-07T10:30:00+09:00');
  const store = new MemoryLedgerStore({ now: clock.now });
  const cache = cached ? createAggregatorCache() : undefined;
  const run = (events: LogEvent[], options: { dayBorder?: (code: string | undefined) => string } = {}) =>
    processEvents({
      store,
      source: 'smarton',
      events,
      checkpoint: null,
      // A new resolver per call, as the agent makes one per loaded linking CSV.
      aggregator: {
        resolveEmployee: (account: string) => links[account],
        ...(options.dayBorder
          ? { workdayOptions: (code: string | undefined) => ({ dayBorder: options.dayBorder!(code) }) }
          : {}),
      },
      now: clock.now,
      ...(cache ? { cache } : {}),
    });
  return { clock, store, run };
}

describe.each([false, true])('a link made after the logs (aggregator kept in memory: %s)', (cached) => {
  it('plans 出勤 from the log before the link, not from the first log after it', () => {
    const links: Record<string, string> = {};
    const { store, run, clock } = setup(links, cached);
    const first = run([event('jiro', '2024-02-07T10:00:00+09:00')]);
    expect(first.planned).toEqual([]);
    links['jiro'] = '0003';
    clock.set('2024-02-07T13:05:00+09:00');
    const second = run([event('jiro', '2024-02-07T13:00:00+09:00', 'lock')]);
    expect(second.relinked).toEqual([
      { account: 'jiro', workday: '2024-02-07', from: undefined, to: '0003' },
    ]);
    expect(store.get(punchId('0003', '2024-02-07', 'clockIn'))?.at).toEqual(
      new Date('2024-02-07T10:00:00+09:00'),
    );
  });

  it('punches days of an unlinked account long ended once it is linked (kept until the horizon)', () => {
    const links: Record<string, string> = {};
    const { store, run, clock } = setup(links, cached);
    run([event('jiro', '2024-02-01T09:00:00+09:00'), event('jiro', '2024-02-01T18:00:00+09:00', 'logoff')]);
    clock.set('2024-02-07T10:30:00+09:00');
    run([]);
    links['jiro'] = '0003';
    run([]);
    expect(store.list({ employeeCode: '0003' }).map((p) => [p.kind, p.at.toISOString()])).toEqual([
      ['clockIn', '2024-02-01T00:00:00.000Z'],
      ['clockOut', '2024-02-01T09:00:00.000Z'],
    ]);
  });

  it('a repaired link moves the days, withdraws what was planned and lists what was sent as a correction', () => {
    const links: Record<string, string> = { '0100': '0009' };
    const { store, run } = setup(links, cached);
    run([event('0100', '2024-02-07T09:00:00+09:00')]);
    const sent = store.get(punchId('0009', '2024-02-07', 'clockIn'))!;
    store.commit({ punches: [{ ...sent, state: 'sending', attempts: 1 }] });
    store.commit({
      punches: [{ ...store.get(sent.id)!, state: 'sent', sentAt: new Date(), confirmedBy: 'response' }],
    });
    links['0100'] = '0001';
    const result = run([event('0100', '2024-02-07T10:00:00+09:00', 'lock')]);
    expect(result.relinked).toEqual([{ account: '0100', workday: '2024-02-07', from: '0009', to: '0001' }]);
    expect(store.get(punchId('0001', '2024-02-07', 'clockIn'))?.at).toEqual(
      new Date('2024-02-07T09:00:00+09:00'),
    );
    const [correction] = result.corrections;
    expect(correction?.reason).toBe('relinked-after-sent');
    expect(correction?.employeeCode).toBe('0009');
    expect(correction?.message).toContain('出勤 2024-02-07T09:00:00+09:00');
    expect(correction?.message).toContain('now linked to employee 0001');
    // The facts by name, for the message in other languages; kept in the ledger's detail.
    expect(correction?.values).toEqual({ account: '0100', to: '0001', state: 'sent' });
    expect(store.corrections()[0]?.detail).toMatchObject({
      values: { account: '0100', to: '0001', state: 'sent' },
    });
  });

  it("moves each event into the new owner's working day when its day-change time differs", () => {
    const links: Record<string, string> = {};
    const { store, run, clock } = setup(links, cached);
    // 00:00 border while unlinked: a night shift splits over two calendar days.
    run([
      event('yoru', '2024-02-05T21:55:00+09:00'),
      event('yoru', '2024-02-05T23:00:00+09:00', 'lock'),
      event('yoru', '2024-02-06T04:30:00+09:00', 'logoff'),
    ]);
    links['yoru'] = '0005';
    clock.set('2024-02-07T10:30:00+09:00');
    run([], { dayBorder: (code) => (code === '0005' ? '05:00' : '00:00') });
    expect(store.list({ employeeCode: '0005' }).map((p) => [p.workday, p.kind, p.at.toISOString()])).toEqual([
      ['2024-02-05', 'clockIn', '2024-02-05T12:55:00.000Z'],
      ['2024-02-05', 'clockOut', '2024-02-05T19:30:00.000Z'],
    ]);
  });
});

describe('links removed or changed back', () => {
  it('a removed link (or an emptied linking file) leaves the days and their punches where they are', () => {
    const links: Record<string, string> = { taro: '0001' };
    const { store, run } = setup(links, false);
    run([event('taro', '2024-02-07T09:00:00+09:00')]);
    delete links['taro'];
    const result = run([]);
    expect(result.relinked).toEqual([]);
    expect(result.withdrawn).toEqual([]);
    expect(store.get(punchId('0001', '2024-02-07', 'clockIn'))?.state).toBe('planned');
  });

  it('a link changed and changed back closes the correction it caused', () => {
    const links: Record<string, string> = { '0100': '0009' };
    const { store, run } = setup(links, false);
    run([event('0100', '2024-02-07T09:00:00+09:00')]);
    const sent = store.get(punchId('0009', '2024-02-07', 'clockIn'))!;
    store.commit({ punches: [{ ...sent, state: 'sending', attempts: 1 }] });
    store.commit({
      punches: [{ ...store.get(sent.id)!, state: 'sent', sentAt: new Date(), confirmedBy: 'response' }],
    });
    links['0100'] = '0001';
    run([]);
    expect(store.corrections().map((c) => c.id)).toEqual([`${sent.id}|relinked-after-sent`]);
    links['0100'] = '0009';
    run([]);
    expect(store.corrections()).toEqual([]);
  });
});
