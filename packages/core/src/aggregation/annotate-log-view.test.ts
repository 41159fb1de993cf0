import { describe, expect, test } from 'vitest';
import type { LogEvent, LogEventKind } from '../events/log-event.js';
import { annotateLogView } from './annotate-log-view.js';

const jst = (iso: string) => new Date(`${iso}+09:00`);
const ev = (account: string, at: string, kind: LogEventKind): LogEvent => ({
  account,
  at: jst(at),
  kind,
  raw: kind,
});

describe('annotateLogView', () => {
  test('ログオン on the first log of each account and working day, ログオフ on the last, in the order given', () => {
    const events = [
      ev('1000', '2024-12-17T18:22:00', 'logoff'),
      ev('1000', '2024-12-17T12:00:00', 'lock'),
      ev('1000', '2024-12-17T09:03:00', 'logon'),
      ev('2000', '2024-12-17T10:00:00', 'logon'),
      ev('2000', '2024-12-17T19:00:00', 'lock'),
    ];
    expect(annotateLogView(events).map((e) => [e.account, e.kind, e.workday, e.remark])).toEqual([
      ['1000', 'logoff', '2024-12-17', 'ログオフ'],
      ['1000', 'lock', '2024-12-17', ''],
      ['1000', 'logon', '2024-12-17', 'ログオン'],
      ['2000', 'logon', '2024-12-17', 'ログオン'],
      ['2000', 'lock', '2024-12-17', 'ログオフ'],
    ]);
  });

  test('a day with one log shows ログオン', () => {
    expect(annotateLogView([ev('1000', '2024-12-17T09:00:00', 'lock')])[0]?.remark).toBe('ログオン');
  });

  test("working days follow each employee's day border", () => {
    const events = [ev('1000', '2024-12-17T22:00:00', 'logon'), ev('1000', '2024-12-18T02:00:00', 'logoff')];
    const byBorder = (dayBorder: string) =>
      annotateLogView(events, {
        resolveEmployee: (a) => (a === '1000' ? '0001' : undefined),
        workdayOptions: (code) => ({ dayBorder: code === '0001' ? dayBorder : '00:00' }),
      }).map((e) => [e.employeeCode, e.workday, e.remark]);
    expect(byBorder('05:00')).toEqual([
      ['0001', '2024-12-17', 'ログオン'],
      ['0001', '2024-12-17', 'ログオフ'],
    ]);
    expect(byBorder('00:00')).toEqual([
      ['0001', '2024-12-17', 'ログオン'],
      ['0001', '2024-12-18', 'ログオン'],
    ]);
  });

  test('a repeat of the first log carries its remark too; events keep their fields', () => {
    const first = {
      ...ev('1000', '2024-12-17T09:00:00', 'logon'),
      computer: 'PC-7',
      source: { file: 'a.csv', line: 3 },
    };
    const out = annotateLogView([
      first,
      { ...first, source: { file: 'b.csv', line: 1 } },
      ev('1000', '2024-12-17T17:00:00', 'logoff'),
    ]);
    expect(out.map((e) => e.remark)).toEqual(['ログオン', 'ログオン', 'ログオフ']);
    expect(out[0]).toMatchObject({ computer: 'PC-7', source: { file: 'a.csv', line: 3 }, raw: 'logon' });
  });
});
