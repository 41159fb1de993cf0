import { describe, expect, test } from 'vitest';
import { createAggregator } from '../aggregation/create-aggregator.js';
import type { DaySummary } from '../aggregation/day-summary.js';
import type { LogEvent, LogEventKind } from '../events/log-event.js';
import type { PunchState } from '../ledger/punch-state.js';
import { punchId } from '../punches/planned-punch.js';
import type { ExistingPunch } from './existing-punch.js';
import { planPunches } from './plan-punches.js';
import { PlanningOptionsError } from './planning-options-error.js';
import { toLedgerCorrection } from './to-ledger-correction.js';

const jst = (iso: string) => new Date(`${iso}+09:00`);
const ev = (at: string, kind: LogEventKind, account = '1000'): LogEvent => ({
  account,
  at: jst(at),
  kind,
  raw: kind,
});
const resolveEmployee = (account: string) => ({ '1000': '0001' })[account];

function days(events: LogEvent[], breaks = false): DaySummary[] {
  const aggregator = createAggregator({
    resolveEmployee,
    workdayOptions: { dayBorder: '05:00' },
    breaks: { enabled: breaks, minGapMinutes: 30 },
  });
  aggregator.add(events);
  return aggregator.summaries();
}
const brief = (plan: ReturnType<typeof planPunches>) => plan.punches.map((p) => [p.id, p.at.toISOString()]);
const iso = (at: string) => jst(at).toISOString();
const ledger = (entries: Array<[string, PunchState, string]>) =>
  new Map<string, ExistingPunch>(entries.map(([id, state, at]) => [id, { state, at: jst(at) }]));

const IN = punchId('0001', '2024-02-07', 'clockIn');
const OUT = punchId('0001', '2024-02-07', 'clockOut');
const day = [
  ev('2024-02-07T09:03:12', 'logon'),
  ev('2024-02-07T12:00:00', 'lock'),
  ev('2024-02-07T18:22:40', 'logoff'),
];

describe("planPunches, policy 'after-day-end'", () => {
  test('clock-in at once; clock-out only once the working day (05:00 border) has ended plus grace', () => {
    const summaries = days(day);
    expect(brief(planPunches({ summaries, now: jst('2024-02-07T18:30:00') }))).toEqual([
      [IN, iso('2024-02-07T09:03:12')],
    ]);
    // The day ends at 05:00 on the 8th; with 10 minutes' grace the clock-out waits until 05:10.
    expect(planPunches({ summaries, now: jst('2024-02-08T05:09:59') }).punches).toHaveLength(1);
    const plan = planPunches({ summaries, now: jst('2024-02-08T05:10:00') });
    expect(brief(plan)).toEqual([
      [IN, iso('2024-02-07T09:03:12')],
      [OUT, iso('2024-02-07T18:22:40')],
    ]);
    expect(plan.punches[1]).toMatchObject({
      employeeCode: '0001',
      workday: '2024-02-07',
      kind: 'clockOut',
      seq: 0,
    });
    expect(plan.corrections).toEqual([]);
    expect(planPunches({ summaries, now: jst('2024-02-08T05:00:00'), graceMinutes: 0 }).punches).toHaveLength(
      2,
    );
  });

  test('punches the ledger holds unchanged are not planned again', () => {
    const existing = ledger([
      [IN, 'sent', '2024-02-07T09:03:12'],
      [OUT, 'planned', '2024-02-07T18:22:40'],
    ]);
    expect(planPunches({ summaries: days(day), now: jst('2024-02-09T00:00:00'), existing }).punches).toEqual(
      [],
    );
  });

  test('an earlier log arriving after the clock-in was sent is a correction, never a second clock-in', () => {
    const summaries = days([ev('2024-02-07T08:51:40', 'unlock'), ...day]);
    for (const state of ['sending', 'sent', 'uncertain', 'failed'] as const) {
      const existing = ledger([[IN, state, '2024-02-07T09:03:12']]);
      const plan = planPunches({ summaries, now: jst('2024-02-07T19:00:00'), existing });
      expect(plan.punches).toEqual([]);
      expect(plan.corrections).toEqual([
        {
          id: `${IN}|earlier-log-after-clock-in`,
          employeeCode: '0001',
          workday: '2024-02-07',
          kind: 'clockIn',
          punchId: IN,
          reason: 'earlier-log-after-clock-in',
          sentAt: jst('2024-02-07T09:03:12'),
          observedAt: jst('2024-02-07T08:51:40'),
          message: expect.stringContaining('2024-02-07T08:51:40+09:00'),
        },
      ]);
    }
  });

  test('an earlier log while the clock-in is only planned moves it (same id)', () => {
    const existing = ledger([[IN, 'planned', '2024-02-07T09:03:12']]);
    const plan = planPunches({
      summaries: days([ev('2024-02-07T08:51:40', 'unlock'), ...day]),
      now: jst('2024-02-07T19:00:00'),
      existing,
    });
    expect(brief(plan)).toEqual([[IN, iso('2024-02-07T08:51:40')]]);
  });

  test('a later log arriving after the clock-out was sent is a correction', () => {
    const existing = ledger([
      [IN, 'sent', '2024-02-07T09:03:12'],
      [OUT, 'sent', '2024-02-07T18:22:40'],
    ]);
    const plan = planPunches({
      summaries: days([...day, ev('2024-02-08T01:00:00', 'lock')]),
      now: jst('2024-02-09T00:00:00'),
      existing,
    });
    expect(plan.punches).toEqual([]);
    expect(plan.corrections.map((c) => [c.punchId, c.reason, c.observedAt?.toISOString()])).toEqual([
      [OUT, 'later-log-after-clock-out', iso('2024-02-08T01:00:00')],
    ]);
  });

  test('a single-log day gets a clock-in only, and a correction once it has ended', () => {
    const summaries = days([ev('2024-02-07T09:00:00', 'logon')]);
    const during = planPunches({ summaries, now: jst('2024-02-07T20:00:00') });
    expect(brief(during)).toEqual([[IN, iso('2024-02-07T09:00:00')]]);
    expect(during.corrections).toEqual([]);
    const after = planPunches({ summaries, now: jst('2024-02-08T06:00:00') });
    expect(after.punches.map((p) => p.kind)).toEqual(['clockIn']);
    expect(after.corrections.map((c) => [c.kind, c.reason])).toEqual([['clockOut', 'single-log-day']]);
  });

  test('unlinked accounts get nothing', () => {
    const plan = planPunches({
      summaries: days([ev('2024-02-07T09:00:00', 'logon', 'guest')]),
      now: jst('2024-02-09T00:00:00'),
    });
    expect(plan).toEqual({ punches: [], corrections: [], withdrawn: [] });
  });

  test('milliseconds are dropped: KOT records seconds', () => {
    const summaries = days([
      { ...ev('2024-02-07T09:00:00', 'logon'), at: new Date(jst('2024-02-07T09:00:00').getTime() + 999) },
    ]);
    expect(planPunches({ summaries, now: 0 }).punches[0]?.at.getTime()).toBe(
      jst('2024-02-07T09:00:00').getTime(),
    );
  });
});

describe("planPunches, policy 'rolling'", () => {
  const rolling = (events: LogEvent[], existing?: Map<string, ExistingPunch>) =>
    planPunches({ summaries: days(events), now: jst('2024-02-07T20:00:00'), policy: 'rolling', existing });
  const OUT1 = punchId('0001', '2024-02-07', 'clockOut', 1);
  const OUT2 = punchId('0001', '2024-02-07', 'clockOut', 2);

  test('the clock-out follows the latest log as soon as there is one after the first', () => {
    expect(brief(rolling([ev('2024-02-07T09:00:00', 'logon')]))).toEqual([[IN, iso('2024-02-07T09:00:00')]]);
    expect(brief(rolling(day))).toEqual([
      [IN, iso('2024-02-07T09:03:12')],
      [OUT, iso('2024-02-07T18:22:40')],
    ]);
  });

  test('a planned clock-out is moved; a sent one is followed by the next seq', () => {
    const sentIn: [string, PunchState, string] = [IN, 'sent', '2024-02-07T09:03:12'];
    expect(brief(rolling(day, ledger([sentIn, [OUT, 'planned', '2024-02-07T12:00:00']])))).toEqual([
      [OUT, iso('2024-02-07T18:22:40')],
    ]);
    expect(brief(rolling(day, ledger([sentIn, [OUT, 'sent', '2024-02-07T12:00:00']])))).toEqual([
      [OUT1, iso('2024-02-07T18:22:40')],
    ]);
    expect(
      brief(
        rolling(
          day,
          ledger([sentIn, [OUT, 'sent', '2024-02-07T10:00:00'], [OUT1, 'uncertain', '2024-02-07T12:00:00']]),
        ),
      ),
    ).toEqual([[OUT2, iso('2024-02-07T18:22:40')]]);
    expect(rolling(day, ledger([sentIn, [OUT, 'sent', '2024-02-07T18:22:40']])).punches).toEqual([]);
  });

  test('never a later-log correction: later logs become new clock-outs', () => {
    const plan = rolling(
      day,
      ledger([
        [IN, 'sent', '2024-02-07T09:03:12'],
        [OUT, 'sent', '2024-02-07T12:00:00'],
      ]),
    );
    expect(plan.corrections).toEqual([]);
  });
});

describe('breaks', () => {
  const withBreak = [...day, ev('2024-02-07T12:45:00', 'unlock')];
  const B1 = punchId('0001', '2024-02-07', 'breakStart', 1);
  const E1 = punchId('0001', '2024-02-07', 'breakEnd', 1);

  test("after-day-end: break pairs wait for the day's end; rolling: planned as soon as both ends are known", () => {
    const summaries = days(withBreak, true);
    expect(
      planPunches({ summaries, now: jst('2024-02-07T19:00:00'), breaks: true }).punches.map((p) => p.kind),
    ).toEqual(['clockIn']);
    expect(brief(planPunches({ summaries, now: jst('2024-02-08T06:00:00'), breaks: true }))).toEqual([
      [IN, iso('2024-02-07T09:03:12')],
      [B1, iso('2024-02-07T12:00:00')],
      [E1, iso('2024-02-07T12:45:00')],
      [OUT, iso('2024-02-07T18:22:40')],
    ]);
    expect(
      planPunches({
        summaries,
        now: jst('2024-02-07T19:00:00'),
        breaks: true,
        policy: 'rolling',
      }).punches.map((p) => p.kind),
    ).toEqual(['clockIn', 'breakStart', 'breakEnd', 'clockOut']);
    expect(planPunches({ summaries, now: jst('2024-02-08T06:00:00') }).punches.map((p) => p.kind)).toEqual([
      'clockIn',
      'clockOut',
    ]);
  });

  test('a break that changes after it was sent is a correction; one that disappears is withdrawn or corrected', () => {
    // An unlock at 12:10 arrives late: 12:00→12:10 is too short for a break, and no lock
    // precedes the 12:45 unlock any more, so the 12:00–12:45 break is gone.
    const summaries = days([...withBreak, ev('2024-02-07T12:10:00', 'unlock')], true);
    const now = jst('2024-02-07T19:00:00');
    const sentPair = ledger([
      [IN, 'sent', '2024-02-07T09:03:12'],
      [B1, 'sent', '2024-02-07T12:00:00'],
      [E1, 'planned', '2024-02-07T12:45:00'],
    ]);
    const plan = planPunches({ summaries, now, breaks: true, policy: 'rolling', existing: sentPair });
    expect(plan.withdrawn).toEqual([{ id: E1, reason: 'the logs no longer show this break' }]);
    expect(plan.corrections.map((c) => [c.punchId, c.reason])).toEqual([[B1, 'break-removed-after-sent']]);

    const moved = days([...day, ev('2024-02-07T13:00:00', 'unlock')], true);
    const changed = planPunches({
      summaries: moved,
      now,
      breaks: true,
      policy: 'rolling',
      existing: ledger([
        [B1, 'sent', '2024-02-07T12:00:00'],
        [E1, 'sent', '2024-02-07T12:45:00'],
      ]),
    });
    expect(changed.corrections.map((c) => [c.punchId, c.reason, c.observedAt?.toISOString()])).toEqual([
      [E1, 'break-changed-after-sent', iso('2024-02-07T13:00:00')],
    ]);
  });
});

describe('options and ledger corrections', () => {
  test('bad options are refused, naming the option', () => {
    expect(() => planPunches({ summaries: [], now: 0, policy: 'sometimes' as 'rolling' })).toThrow(
      PlanningOptionsError,
    );
    expect(() => planPunches({ summaries: [], now: 0, graceMinutes: -1 })).toThrow(/graceMinutes/);
    expect(() => planPunches({ summaries: [], now: new Date(Number.NaN) })).toThrow(/now/);
  });

  test('a correction item becomes a ledger correction with its facts as JSON', () => {
    const [item] = planPunches({
      summaries: days([ev('2024-02-07T08:00:00', 'logon'), ...day]),
      now: jst('2024-02-07T19:00:00'),
      existing: ledger([[IN, 'sent', '2024-02-07T09:03:12']]),
    }).corrections;
    expect(item && toLedgerCorrection(item)).toEqual({
      id: `${IN}|earlier-log-after-clock-in`,
      employeeCode: '0001',
      workday: '2024-02-07',
      kind: 'clockIn',
      message: item?.message,
      detail: {
        reason: 'earlier-log-after-clock-in',
        punchId: IN,
        sentAt: iso('2024-02-07T09:03:12'),
        observedAt: iso('2024-02-07T08:00:00'),
      },
    });
  });
});
