import { type EmployeeDirectory, type LedgerPunch, type LogEvent, workdayOf } from '@pclogin/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  dayRows,
  kotKey,
  markKotDifferences,
  type ReadModelInput,
  suggestLinks,
  unlinkedInLogs,
} from './console-read-model.js';

const TZ = 'Asia/Tokyo';
const directory: EmployeeDirectory = {
  employees: [
    { code: '0001', key: 'k1', lastName: '山田', firstName: '太郎', divisionCode: 'D' },
    { code: '0012', key: 'k2', lastName: 'Sato', firstName: 'Jiro', divisionCode: 'N' },
    { code: 'A7', key: 'k3', lastName: '鈴木', firstName: '一郎', divisionCode: 'D' },
  ],
  divisions: [
    { code: 'D', dayBorderTime: '00:00' },
    { code: 'N', dayBorderTime: '05:00' },
  ],
};
const links = new Map([
  ['1000', '0001'],
  ['2000', '0012'],
]);

function input(events: LogEvent[]): ReadModelInput {
  return {
    events,
    resolveEmployee: (account) => links.get(account),
    workdayOptions: (code) => ({ timeZone: TZ, dayBorder: code === '0012' ? '05:00' : '00:00' }),
    timeZone: TZ,
    names: new Map([['0001', '山田 太郎']]),
  };
}

const event = (account: string, iso: string, raw = 'ログオン'): LogEvent => ({
  account,
  at: new Date(iso),
  kind: 'logon',
  raw,
});

function punch(
  over: Partial<LedgerPunch> & Pick<LedgerPunch, 'employeeCode' | 'workday' | 'kind' | 'at'>,
): LedgerPunch {
  return {
    id: `${over.employeeCode}|${over.workday}|${over.kind}|0`,
    seq: 0,
    state: 'sent',
    attempts: 1,
    resends: 0,
    plannedAt: over.at,
    updatedAt: over.at,
    ...over,
  } as LedgerPunch;
}

describe('dayRows', () => {
  test("first and last log per employee and working day, under each employee's day border", () => {
    const rows = dayRows(
      input([
        event('1000', '2024-02-07T09:00:00+09:00'),
        event('1000', '2024-02-07T18:30:00+09:00', 'ログオフ'),
        // The night shift: 02:00 belongs to the previous working day (05:00 border).
        event('2000', '2024-02-07T20:00:00+09:00'),
        event('2000', '2024-02-08T02:00:00+09:00', 'ログオフ'),
        event('guest', '2024-02-07T10:00:00+09:00'),
      ]),
      [
        punch({
          employeeCode: '0001',
          workday: '2024-02-07',
          kind: 'clockIn',
          at: new Date('2024-02-07T09:00:00+09:00'),
        }),
        punch({
          employeeCode: '0001',
          workday: '2024-02-07',
          kind: 'clockOut',
          at: new Date('2024-02-07T18:30:00+09:00'),
          state: 'failed',
          reason: 'refused',
        }),
      ],
      { from: '2024-02-07', to: '2024-02-08' },
    );
    expect(rows.map((r) => [r.employeeCode ?? r.accounts[0], r.workday, r.firstLog, r.lastLog])).toEqual([
      ['0001', '2024-02-07', '2024-02-07 09:00:00', '2024-02-07 18:30:00'],
      ['0012', '2024-02-07', '2024-02-07 20:00:00', '2024-02-08 02:00:00'],
      ['guest', '2024-02-07', '2024-02-07 10:00:00', '2024-02-07 10:00:00'],
    ]);
    expect(rows[0]!.employeeName).toBe('山田 太郎');
    expect(rows[0]!.punches.map((p) => [p.kind, p.state, p.reason])).toEqual([
      ['clockIn', 'sent', undefined],
      ['clockOut', 'failed', 'refused'],
    ]);
    expect(rows[2]!.employeeCode).toBeUndefined();
  });

  test('only the range and the employee asked for', () => {
    const events = [
      event('1000', '2024-02-06T09:00:00+09:00'),
      event('1000', '2024-02-07T09:00:00+09:00'),
      event('2000', '2024-02-07T09:00:00+09:00'),
    ];
    expect(
      dayRows(input(events), [], { from: '2024-02-07', to: '2024-02-07', employee: '0001' }).map(
        (r) => r.workday,
      ),
    ).toEqual(['2024-02-07']);
  });

  test('first and last log are the earliest and latest event of each account-day, for any events (property)', () => {
    const accounts = ['1000', '2000', 'guest'];
    const base = Date.parse('2024-02-05T00:00:00+09:00');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            account: fc.constantFrom(...accounts),
            minute: fc.integer({ min: 0, max: 4 * 24 * 60 }),
          }),
          {
            maxLength: 60,
          },
        ),
        (raw) => {
          const events = raw.map((r) => event(r.account, new Date(base + r.minute * 60_000).toISOString()));
          const rows = dayRows(input(events), [], { from: '2024-02-01', to: '2024-02-28' });
          // The oracle: each event's working day from workdayOf, then min and max per account-day.
          const local = (d: Date) =>
            new Date(d.getTime() + 9 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
          const expected = new Map<string, [string, string]>();
          for (const e of events) {
            const options = input([]).workdayOptions(links.get(e.account));
            const key = `${links.get(e.account) ?? e.account}|${workdayOf(e.at, options)}`;
            const t = local(e.at);
            const [first, last] = expected.get(key) ?? [t, t];
            const sorted = [first, t, last].sort();
            expected.set(key, [sorted[0]!, sorted[2]!]);
          }
          expect(
            new Map(
              rows.map((r) => [`${r.employeeCode ?? r.accounts[0]}|${r.workday}`, [r.firstLog, r.lastLog]]),
            ),
          ).toEqual(expected);
        },
      ),
    );
  });
});

test('KING OF TIME differences: a different or missing time is marked, to the minute', () => {
  const rows = dayRows(
    input([]),
    [
      punch({
        employeeCode: '0001',
        workday: '2024-02-07',
        kind: 'clockIn',
        at: new Date('2024-02-07T09:00:10+09:00'),
      }),
      punch({
        employeeCode: '0001',
        workday: '2024-02-07',
        kind: 'clockOut',
        at: new Date('2024-02-07T18:00:00+09:00'),
      }),
      punch({
        employeeCode: '0001',
        workday: '2024-02-08',
        kind: 'clockIn',
        at: new Date('2024-02-08T09:00:00+09:00'),
      }),
      punch({
        employeeCode: '0012',
        workday: '2024-02-07',
        kind: 'clockIn',
        at: new Date('2024-02-07T09:00:00+09:00'),
        state: 'planned',
      }),
    ],
    { from: '2024-02-07', to: '2024-02-08' },
  );
  markKotDifferences(
    rows,
    new Map([
      [kotKey('0001', '2024-02-07'), { clockIn: '2024-02-07 09:00:50', clockOut: '2024-02-07 19:00:00' }],
      [kotKey('0001', '2024-02-08'), { clockIn: '2024-02-08 09:00:00' }],
      [kotKey('0012', '2024-02-07'), { clockIn: '2024-02-07 09:00:00' }],
    ]),
  );
  expect(rows.map((r) => [r.employeeCode, r.workday, r.differences])).toEqual([
    ['0001', '2024-02-07', ['clockOut']],
    ['0001', '2024-02-08', []],
    // Not sent yet, but KOT holds a 出勤: someone punched by hand.
    ['0012', '2024-02-07', ['clockIn']],
  ]);
});

test('unlinked accounts, newest first; suggestions by code, zero padding and name', () => {
  const events = [
    event('1000', '2024-02-07T09:00:00+09:00'),
    event('12', '2024-02-06T09:00:00+09:00'),
    event('sato.jiro', '2024-02-07T10:00:00+09:00'),
    event('12', '2024-02-06T18:00:00+09:00'),
  ];
  const linkRows = [
    { linkType: 'SmartOn ID連携', typeCode: '1', employeeCode: '0001', name: '', serviceAccount: '1000' },
  ];
  expect(unlinkedInLogs(events, linkRows, TZ)).toEqual([
    { account: 'sato.jiro', lastSeen: '2024-02-07 10:00:00', events: 1 },
    { account: '12', lastSeen: '2024-02-06 18:00:00', events: 2 },
  ]);
  expect(suggestLinks('12', directory)).toEqual([
    { employeeCode: '0012', employeeName: 'Sato Jiro', why: 'zero-padding' },
  ]);
  expect(suggestLinks('a7', directory)).toEqual([
    { employeeCode: 'A7', employeeName: '鈴木 一郎', why: 'same-code' },
  ]);
  expect(suggestLinks('sato.jiro', directory).map((s) => [s.employeeCode, s.why])).toEqual([
    ['0012', 'name'],
  ]);
  expect(suggestLinks('guest', directory)).toEqual([]);
  expect(suggestLinks('x', undefined)).toEqual([]);
});
