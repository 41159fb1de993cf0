import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { LogEvent, LogEventKind } from '../events/log-event.js';
import type { JsonValue } from '../ledger/json-value.js';
import { AggregatorOptionsError } from './aggregator-options-error.js';
import { AggregatorStateError } from './aggregator-state-error.js';
import { createAggregator } from './create-aggregator.js';
import { restoreAggregator } from './restore-aggregator.js';

const jst = (iso: string) => new Date(`${iso}+09:00`);
const ev = (account: string, at: string, kind: LogEventKind, extra: Partial<LogEvent> = {}): LogEvent => ({
  account,
  at: jst(at),
  kind,
  raw: { logon: 'ログオン', logoff: 'ログオフ', lock: 'ロック', unlock: 'アンロック', other: '復帰' }[kind],
  ...extra,
});
const links: Record<string, string> = { '1000': '0001', '2000': '0002', '2001': '0002' };
const resolveEmployee = (account: string) => links[account];

describe('createAggregator', () => {
  test('first and last event per employee and working day, with a 05:00 day border', () => {
    const aggregator = createAggregator({ resolveEmployee, workdayOptions: { dayBorder: '05:00' } });
    aggregator.add([
      ev('1000', '2024-02-07T09:03:12', 'logon'),
      ev('1000', '2024-02-07T12:00:00', 'lock'),
      ev('1000', '2024-02-07T18:22:40', 'logoff'),
      // A night shift: 22:00 to 04:30 the next morning is one working day.
      ev('2000', '2024-02-07T22:00:00', 'logon'),
      ev('2000', '2024-02-08T04:30:00', 'logoff'),
      ev('2000', '2024-02-08T05:10:00', 'logon'),
    ]);
    const days = aggregator.summaries();
    expect(days.map((d) => [d.employeeCode, d.workday, d.count])).toEqual([
      ['0001', '2024-02-07', 3],
      ['0002', '2024-02-07', 2],
      ['0002', '2024-02-08', 1],
    ]);
    const day = aggregator.summary('0001', '2024-02-07');
    expect(day?.first).toEqual({
      at: jst('2024-02-07T09:03:12').getTime(),
      kind: 'logon',
      raw: 'ログオン',
      account: '1000',
    });
    expect(new Date(day?.last.at ?? 0).toISOString()).toBe('2024-02-07T09:22:40.000Z');
    expect(day).toMatchObject({ timeZone: 'Asia/Tokyo', dayBorder: '05:00', breaks: [] });
    expect(aggregator.summary('0002', '2024-02-07')?.last.at).toBe(jst('2024-02-08T04:30:00').getTime());
  });

  test('two accounts linked to one employee make one day; an unlinked account keeps its own', () => {
    const aggregator = createAggregator({ resolveEmployee });
    aggregator.add([
      ev('2001', '2024-02-07T08:00:00', 'logon'),
      ev('2000', '2024-02-07T19:00:00', 'logoff'),
      ev('guest', '2024-02-07T10:00:00', 'logon'),
    ]);
    expect(aggregator.summary('0002', '2024-02-07')).toMatchObject({ account: '2001', count: 2 });
    expect(aggregator.summary('0002', '2024-02-07')?.last.account).toBe('2000');
    const guest = aggregator.accountSummary('guest', '2024-02-07');
    expect(guest?.employeeCode).toBeUndefined();
    expect(guest?.account).toBe('guest');
  });

  test('accounts are normalised before linking and counting', () => {
    const aggregator = createAggregator({ resolveEmployee });
    aggregator.add([
      ev('１０００', '2024-02-07T08:00:00', 'logon'),
      ev(' 1000', '2024-02-07T08:00:00', 'logon'),
    ]);
    expect(aggregator.summaries()).toHaveLength(1);
    expect(aggregator.summary('0001', '2024-02-07')?.count).toBe(1);
  });

  test('a repeated event counts once; of its reads, the smaller source is kept', () => {
    const aggregator = createAggregator({ resolveEmployee });
    const result = aggregator.add([
      ev('1000', '2024-02-07T09:00:00', 'logon', { source: { file: 'b.csv', line: 1 } }),
      ev('1000', '2024-02-07T09:00:00', 'logon', { source: { file: 'a.csv', line: 7 } }),
      ev('1000', '2024-02-07T09:00:00', 'logon', { source: { file: 'a.csv', line: 7 } }),
    ]);
    expect(result).toEqual({ added: 1, duplicates: 2, rejected: [] });
    const day = aggregator.summary('0001', '2024-02-07');
    expect(day?.count).toBe(1);
    expect(day?.first.source).toEqual({ file: 'a.csv', line: 7 });
    expect(day?.last.source).toEqual({ file: 'a.csv', line: 7 });
  });

  test('events at the same instant: logon comes first and logoff last', () => {
    const aggregator = createAggregator();
    aggregator.add([ev('a', '2024-02-07T09:00:00', 'logoff'), ev('a', '2024-02-07T09:00:00', 'logon')]);
    const [day] = aggregator.summaries();
    expect([day?.first.kind, day?.last.kind, day?.count]).toEqual(['logon', 'logoff', 2]);
  });

  test('bad events are rejected with a reason and the rest are kept', () => {
    const aggregator = createAggregator({
      resolveEmployee,
      workdayOptions: (employeeCode) => ({ dayBorder: employeeCode === '0002' ? '25:00' : '00:00' }),
    });
    const result = aggregator.add([
      ev('1000', '2024-02-07T09:00:00', 'logon'),
      { ...ev('1000', '2024-02-07T09:00:00', 'logon'), at: new Date(Number.NaN) },
      ev('  ', '2024-02-07T09:00:00', 'logon'),
      ev('2000', '2024-02-07T09:00:00', 'logon'),
    ]);
    expect(result.added).toBe(1);
    expect(result.rejected.map((r) => r.reason)).toEqual([
      'the event has no valid instant (at)',
      'the event has an empty account',
      expect.stringContaining('employee 0002'),
    ]);
    expect(result.rejected[2]?.reason).toContain('25:00');
  });

  test('invalid options are refused, naming the option', () => {
    expect(() => createAggregator({ breaks: { enabled: true, minGapMinutes: -5 } })).toThrow(
      AggregatorOptionsError,
    );
    expect(() => createAggregator({ breaks: { enabled: true, minGapMinutes: -5 } })).toThrow(
      /breaks.minGapMinutes/,
    );
    expect(() => createAggregator({ workdayOptions: { timeZone: 'Mars/Olympus' } })).toThrow(
      /workdayOptions.timeZone/,
    );
  });

  test('a DST zone: a Berlin working day of 23 hours keeps its events together', () => {
    const aggregator = createAggregator({
      workdayOptions: { timeZone: 'Europe/Berlin', dayBorder: '04:00' },
    });
    aggregator.add([
      { account: 'a', at: new Date('2024-03-30T22:00:00Z'), kind: 'logon', raw: 'x' }, // 23:00 CET on the 30th
      { account: 'a', at: new Date('2024-03-31T01:30:00Z'), kind: 'logoff', raw: 'x' }, // 03:30 CEST on the 31st
      { account: 'a', at: new Date('2024-03-31T02:00:00Z'), kind: 'logon', raw: 'x' }, // 04:00 CEST: the 31st
    ]);
    expect(aggregator.summaries().map((d) => [d.workday, d.count])).toEqual([
      ['2024-03-30', 2],
      ['2024-03-31', 1],
    ]);
  });
});

describe('breaks', () => {
  const day = (events: LogEvent[], minGapMinutes = 30) => {
    const aggregator = createAggregator({ breaks: { enabled: true, minGapMinutes } });
    aggregator.add(events);
    return aggregator.summaries()[0]?.breaks.map((b) => [new Date(b.start), new Date(b.end)]);
  };

  test('a lock→unlock gap at least the minimum long is a break; a shorter one is not', () => {
    expect(
      day([
        ev('a', '2024-02-07T09:00:00', 'logon'),
        ev('a', '2024-02-07T10:00:00', 'lock'),
        ev('a', '2024-02-07T10:29:59', 'unlock'),
        ev('a', '2024-02-07T12:00:00', 'lock'),
        ev('a', '2024-02-07T12:30:00', 'unlock'),
        ev('a', '2024-02-07T18:00:00', 'logoff'),
      ]),
    ).toEqual([[jst('2024-02-07T12:00:00'), jst('2024-02-07T12:30:00')]]);
  });

  test('logoff→logon counts; the first leave starts the gap; power events do not end it', () => {
    expect(
      day([
        ev('a', '2024-02-07T09:00:00', 'logon'),
        ev('a', '2024-02-07T12:00:00', 'lock'),
        ev('a', '2024-02-07T12:05:00', 'logoff'),
        ev('a', '2024-02-07T12:20:00', 'other'),
        ev('a', '2024-02-07T13:00:00', 'logon'),
        ev('a', '2024-02-07T18:00:00', 'logoff'),
      ]),
    ).toEqual([[jst('2024-02-07T12:00:00'), jst('2024-02-07T13:00:00')]]);
  });

  test('the evening logoff with no return is no break; breaks are off unless enabled', () => {
    const events = [ev('a', '2024-02-07T09:00:00', 'logon'), ev('a', '2024-02-07T18:00:00', 'logoff')];
    expect(day(events)).toEqual([]);
    const off = createAggregator();
    off.add([...events, ev('a', '2024-02-07T12:00:00', 'lock'), ev('a', '2024-02-07T13:00:00', 'unlock')]);
    expect(off.summaries()[0]?.breaks).toEqual([]);
  });

  test('a lock and an unlock in the same second are no break, whatever the minimum', () => {
    expect(
      day([ev('a', '2024-02-07T12:00:00', 'unlock'), ev('a', '2024-02-07T12:00:00', 'lock')], 0.001),
    ).toEqual([]);
  });

  test('breaks are whole seconds', () => {
    const at = (iso: string, kind: LogEventKind) => ({ account: 'a', at: new Date(iso), kind, raw: kind });
    expect(day([at('2024-02-07T03:00:00.750Z', 'lock'), at('2024-02-07T04:00:00.250Z', 'unlock')])).toEqual([
      [new Date('2024-02-07T03:00:00Z'), new Date('2024-02-07T04:00:00Z')],
    ]);
  });
});

describe('order and duplicate independence (property)', () => {
  const base = jst('2024-02-07T00:00:00').getTime();
  const kinds: LogEventKind[] = ['logon', 'logoff', 'lock', 'unlock', 'other'];
  const eventArb = fc.record({
    account: fc.constantFrom('1000', '2000', '2001', 'guest', '１０００'),
    // Three days: mostly a few instants (so ties between near-identical events happen), some
    // anywhere, some with milliseconds.
    at: fc
      .tuple(
        fc.oneof(
          fc.integer({ min: 0, max: 11 }).map((i) => i * 21_601),
          fc.integer({ min: 0, max: 3 * 86_400 }),
        ),
        fc.constantFrom(0, 0, 0, 500),
      )
      .map(([s, ms]) => new Date(base + s * 1000 + ms)),
    kind: fc.constantFrom(...kinds),
    raw: fc.constantFrom('A', 'B'),
    computer: fc.option(fc.constantFrom('PC-1', 'PC-2'), { nil: undefined }),
    source: fc.option(
      fc.record({ file: fc.constantFrom('a.csv', 'b.csv'), line: fc.integer({ min: 1, max: 3 }) }),
      { nil: undefined },
    ),
  });
  const options = {
    resolveEmployee,
    workdayOptions: (code: string | undefined) => ({ dayBorder: code === '0002' ? '05:00' : '00:00' }),
    breaks: { enabled: true, minGapMinutes: 20 },
  };
  const strip = (e: LogEvent): LogEvent => {
    const copy = { ...e };
    if (copy.computer === undefined) delete copy.computer;
    if (copy.source === undefined) delete copy.source;
    return copy;
  };

  test('permutations, repeats and splits across add() and restore give identical summaries', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { minLength: 1, maxLength: 60 }),
        fc.infiniteStream(fc.nat()),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
            fc.constantFrom(undefined, undefined, 'PC-3', 'C'),
          ),
          { maxLength: 20 },
        ),
        fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 10 }),
        (raw, randoms, repeats, chunkSizes) => {
          const events = raw.map(strip);
          const reference = createAggregator(options);
          reference.add(events);

          // Shuffle, add repeats of random events, then feed in chunks, saving and restoring between.
          // A repeat is the same event read again, possibly from another line of another file;
          // a twin is an event that differs from another only in its computer or word.
          const noisy = [
            ...events,
            ...repeats.map(([i, line, twin]) => {
              let event = events[i % events.length] as LogEvent;
              if (line !== undefined) event = { ...event, source: { file: 'c.csv', line } };
              if (twin === 'PC-3') event = { ...event, computer: twin };
              if (twin === 'C') event = { ...event, raw: twin };
              return event;
            }),
          ];
          const it = randoms[Symbol.iterator]();
          for (let i = noisy.length - 1; i > 0; i--) {
            const j = (it.next().value as number) % (i + 1);
            [noisy[i], noisy[j]] = [noisy[j] as LogEvent, noisy[i] as LogEvent];
          }
          let aggregator = createAggregator(options);
          let at = 0;
          let chunk = 0;
          while (at < noisy.length) {
            const size = chunkSizes[chunk++ % Math.max(chunkSizes.length, 1)] ?? noisy.length;
            aggregator.add(noisy.slice(at, at + size));
            at += size;
            aggregator = restoreAggregator(JSON.parse(JSON.stringify(aggregator)), options);
          }
          // The reference sees the same events (repeats may carry a smaller source), in order, at once.
          reference.add(noisy);
          expect(aggregator.summaries()).toEqual(reference.summaries());
        },
      ),
      { numRuns: 300 },
    );
  });

  test('first, last and count agree with sorting every event (property)', () => {
    const rank = { logon: 0, unlock: 1, other: 2, lock: 3, logoff: 4 };
    fc.assert(
      fc.property(fc.array(eventArb, { minLength: 1, maxLength: 40 }), (raw) => {
        const events = raw.map(strip).map((e) => ({ ...e, account: e.account.normalize('NFKC') }));
        const aggregator = createAggregator(options);
        aggregator.add(events);
        for (const day of aggregator.summaries()) {
          const mine = events.filter((e) => {
            const code = resolveEmployee(e.account);
            return day.employeeCode !== undefined
              ? code === day.employeeCode
              : e.account === day.account && !code;
          });
          const inDay = mine.filter((e) => {
            const border = day.dayBorder === '05:00' ? 5 * 3_600_000 : 0;
            const date = new Date(e.at.getTime() + 9 * 3_600_000 - border).toISOString().slice(0, 10);
            return date === day.workday;
          });
          const identity = (e: LogEvent) =>
            `${e.at.getTime()}|${e.kind}|${e.raw}|${e.account}|${e.computer ?? ''}`;
          expect(day.count).toBe(new Set(inDay.map(identity)).size);
          const times = inDay.map((e) => e.at.getTime() * 10 + rank[e.kind]);
          expect(day.first.at * 10 + rank[day.first.kind]).toBe(Math.min(...times));
          expect(day.last.at * 10 + rank[day.last.kind]).toBe(Math.max(...times));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('memory and eviction', () => {
  test('open days grow with employees × days, not with events', () => {
    const aggregator = createAggregator({ resolveEmployee, breaks: { enabled: true } });
    const start = jst('2024-02-07T08:00:00').getTime();
    const events: LogEvent[] = [];
    for (let i = 0; i < 20_000; i++) {
      events.push({
        account: ['1000', '2000'][i % 2] as string,
        at: new Date(start + (i % 10_000) * 8_000),
        kind: 'lock',
        raw: 'x',
      });
    }
    const result = aggregator.add(events);
    expect(result.duplicates).toBe(10_000);
    expect(aggregator.size).toBe(4);
    expect(
      aggregator
        .toJSON()
        .days.map((d) => d.events.length)
        .reduce((a, b) => a + b),
    ).toBe(10_000);
  });

  test('evict by working day or predicate; a late event reopens a day with only itself', () => {
    const aggregator = createAggregator({ resolveEmployee });
    aggregator.add([
      ev('1000', '2024-02-06T09:00:00', 'logon'),
      ev('1000', '2024-02-07T09:00:00', 'logon'),
      ev('2000', '2024-02-07T09:00:00', 'logon'),
    ]);
    expect(aggregator.evict({ before: '2024-02-07' })).toBe(1);
    expect(aggregator.evict((day) => day.employeeCode === '0002')).toBe(1);
    expect(aggregator.summaries().map((d) => [d.employeeCode, d.workday])).toEqual([['0001', '2024-02-07']]);
    aggregator.add([ev('1000', '2024-02-06T20:00:00', 'logoff')]);
    expect(aggregator.summary('0001', '2024-02-06')).toMatchObject({ count: 1 });
  });
});

describe('restoreAggregator', () => {
  test('a stored state is plain JSON and comes back equal', () => {
    const aggregator = createAggregator({ resolveEmployee, breaks: { enabled: true } });
    aggregator.add([
      ev('1000', '2024-02-07T09:00:00', 'logon', {
        computer: 'PC-1',
        source: { file: 'x.csv', line: 2, offset: 40 },
      }),
      ev('1000', '2024-02-07T12:00:00', 'lock'),
      ev('1000', '2024-02-07T13:00:00', 'unlock'),
      ev('guest', '2024-02-07T09:00:00', 'logon'),
    ]);
    // The ledger stores it as a JsonValue: this line does not compile if the state is not one.
    const state: JsonValue = aggregator.toJSON();
    const text = JSON.stringify(state);
    expect(JSON.stringify(aggregator)).toBe(text);
    const restored = restoreAggregator(JSON.parse(text), { resolveEmployee, breaks: { enabled: true } });
    expect(restored.summaries()).toEqual(aggregator.summaries());
    expect(JSON.stringify(restored)).toBe(text);
    // Breaks are computed when read, so they can be switched on after the fact.
    expect(restoreAggregator(JSON.parse(text)).summaries()[0]?.breaks).toEqual([]);
  });

  test('summaries and state are copies: changing them does not change the aggregator', () => {
    const aggregator = createAggregator();
    aggregator.add([ev('a', '2024-02-07T09:00:00', 'logon', { source: { file: 'x.csv', line: 1 } })]);
    const [day] = aggregator.summaries();
    if (day?.first.source) day.first.source.line = 99;
    const state = aggregator.toJSON();
    if (state.days[0]) state.days[0].first.raw = 'changed';
    expect(aggregator.summaries()[0]?.first).toMatchObject({ raw: 'ログオン', source: { line: 1 } });
  });

  test('a damaged state is refused, saying where', () => {
    const good = createAggregator();
    good.add([ev('a', '2024-02-07T09:00:00', 'logon')]);
    const state = JSON.parse(JSON.stringify(good));
    state.days[0].first.at = 'yesterday';
    expect(() => restoreAggregator(state)).toThrow(AggregatorStateError);
    expect(() => restoreAggregator(state)).toThrow(/days\.0\.first\.at/);
    expect(() => restoreAggregator({ version: 2, days: [] })).toThrow(/version/);
    const both = JSON.parse(JSON.stringify(good));
    both.days[0].employeeCode = '0001';
    expect(() => restoreAggregator(both)).toThrow(/exactly one of employeeCode and account/);
  });
});
