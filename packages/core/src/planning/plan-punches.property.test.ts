import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createAggregator } from '../aggregation/create-aggregator.js';
import type { LogEvent, LogEventKind } from '../events/log-event.js';
import type { PunchState } from '../ledger/punch-state.js';
import { workdayBounds } from '../workdays/workday-bounds.js';
import { workdayOf } from '../workdays/workday-of.js';
import type { ClockOutPolicy } from './clock-out-policy.js';
import type { ExistingPunch } from './existing-punch.js';
import { planPunches } from './plan-punches.js';
import type { PunchPlan } from './punch-plan.js';

const START = new Date('2024-02-07T05:00:00+09:00').getTime();
const MIN = 60_000;
const HOUR = 60 * MIN;
const accounts: Record<string, string> = { a: '0001', b: '0002', c: '0003' };
const workdayOptions = { dayBorder: '05:00' };

/** A ledger as the planner sees it, which refuses to re-plan anything no longer `planned`. */
class FakeLedger {
  readonly punches = new Map<
    string,
    ExistingPunch & { kind: string; seq: number; workday: string; employeeCode: string }
  >();
  apply(plan: PunchPlan) {
    for (const p of plan.punches) {
      const current = this.punches.get(p.id);
      if (current && current.state !== 'planned')
        throw new Error(`re-planned ${p.id}, which is ${current.state}`);
      this.punches.set(p.id, {
        state: 'planned',
        at: p.at,
        kind: p.kind,
        seq: p.seq,
        workday: p.workday,
        employeeCode: p.employeeCode,
      });
    }
    for (const w of plan.withdrawn) {
      const current = this.punches.get(w.id);
      if (current?.state !== 'planned') throw new Error(`withdrew ${w.id}, which is ${current?.state}`);
      this.punches.delete(w.id);
    }
  }
  deliver(pick: (id: string) => boolean, state: PunchState = 'sent') {
    for (const [id, p] of this.punches) if (p.state === 'planned' && pick(id)) p.state = state;
  }
}

const eventArb = fc.record({
  account: fc.constantFrom('a', 'b', 'c', 'stranger'),
  // Two working days, to the second: anywhere, or clustered within two minutes of a few instants.
  offset: fc
    .oneof(
      fc.integer({ min: 0, max: 48 * 3600 - 1 }),
      fc
        .tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 120 }))
        .map(([i, j]) => i * 4 * 3600 + j),
    )
    .map((s) => s * 1000),
  kind: fc.constantFrom<LogEventKind>('logon', 'logoff', 'lock', 'unlock'),
  // How long after it happened the event reaches pclogin: mostly soon, sometimes much later.
  delay: fc.oneof(fc.integer({ min: 0, max: 5 * MIN }), fc.integer({ min: 0, max: 30 * HOUR })),
});

describe('planning against a ledger over time (property)', () => {
  for (const policy of ['after-day-end', 'rolling'] as ClockOutPolicy[]) {
    test(`${policy}: one clock-in per day ever; clock-outs as the policy says; every difference is a correction`, () => {
      fc.assert(
        fc.property(
          fc.array(eventArb, { minLength: 1, maxLength: 40 }),
          fc.array(fc.boolean(), { minLength: 1, maxLength: 50 }),
          fc.integer({ min: 1, max: 8 }),
          (raw, deliveries, batchSize) => {
            const events = raw
              .map((r) => ({
                event: {
                  account: r.account,
                  at: new Date(START + r.offset),
                  kind: r.kind,
                  raw: r.kind,
                } as LogEvent,
                arrives: START + r.offset + r.delay,
              }))
              .sort((x, y) => x.arrives - y.arrives);
            const aggregator = createAggregator({ resolveEmployee: (acc) => accounts[acc], workdayOptions });
            const ledger = new FakeLedger();
            let coin = 0;
            const step = (now: number) => {
              const plan = planPunches({
                summaries: aggregator.summaries(),
                now,
                policy,
                existing: (id) => ledger.punches.get(id),
              });
              ledger.apply(plan);
              ledger.deliver(() => deliveries[coin++ % deliveries.length] ?? true);
              return plan;
            };
            for (let i = 0; i < events.length; i += batchSize) {
              const batch = events.slice(i, i + batchSize);
              aggregator.add(batch.map((b) => b.event));
              step(batch[batch.length - 1]?.arrives ?? START);
            }
            // Long after everything: plan, deliver all, plan again.
            const late = START + 10 * 24 * HOUR;
            step(late);
            ledger.deliver(() => true);
            const final = step(late);
            expect(final.punches).toEqual([]);

            // What the logs say, per linked employee and working day.
            const truth = new Map<string, { first: number; last: number }>();
            const lastArrival = new Map<string, number>();
            for (const { event, arrives } of events) {
              const code = accounts[event.account];
              if (!code) continue;
              const key = `${code}|${workdayOf(event.at, workdayOptions)}`;
              const t = event.at.getTime();
              const cur = truth.get(key);
              truth.set(key, { first: Math.min(cur?.first ?? t, t), last: Math.max(cur?.last ?? t, t) });
              lastArrival.set(key, Math.max(lastArrival.get(key) ?? arrives, arrives));
            }
            const punchesOf = (key: string, kind: string) =>
              [...ledger.punches.values()]
                .filter((p) => `${p.employeeCode}|${p.workday}` === key && p.kind === kind)
                .sort((x, y) => x.seq - y.seq);
            const reasons = (key: string) =>
              final.corrections.filter((c) => `${c.employeeCode}|${c.workday}` === key).map((c) => c.reason);

            expect(
              new Set([...ledger.punches.values()].map((p) => `${p.employeeCode}|${p.workday}`)),
            ).toEqual(new Set(truth.keys()));
            for (const [key, { first, last }] of truth) {
              const clockIns = punchesOf(key, 'clockIn');
              expect(clockIns.map((p) => p.seq)).toEqual([0]);
              const sentIn = clockIns[0]?.at.getTime() ?? Number.NaN;
              expect(sentIn).toBeGreaterThanOrEqual(first);
              expect(sentIn > first).toBe(reasons(key).includes('earlier-log-after-clock-in'));

              const clockOuts = punchesOf(key, 'clockOut');
              if (last === first) {
                expect(clockOuts).toEqual([]);
                expect(reasons(key)).toContain('single-log-day');
                continue;
              }
              if (policy === 'after-day-end') {
                expect(clockOuts.map((p) => p.seq)).toEqual([0]);
                const sentOut = clockOuts[0]?.at.getTime() ?? Number.NaN;
                expect(sentOut).toBeLessThanOrEqual(last);
                expect(sentOut < last).toBe(reasons(key).includes('later-log-after-clock-out'));
                // Logs that all arrived within the grace period after the day's end are all counted.
                const workday = key.split('|')[1] ?? '';
                const settles = workdayBounds(workday, workdayOptions).end.getTime() + 10 * MIN;
                if ((lastArrival.get(key) ?? 0) < settles) expect(sentOut).toBe(last);
              } else {
                expect(clockOuts.map((p) => p.seq)).toEqual(clockOuts.map((_, i) => i));
                const times = clockOuts.map((p) => p.at.getTime());
                expect(times).toEqual([...times].sort((x, y) => x - y));
                expect(new Set(times).size).toBe(times.length);
                expect(times[times.length - 1]).toBe(last);
                expect(reasons(key)).not.toContain('later-log-after-clock-out');
              }
            }
          },
        ),
        { numRuns: 300 },
      );
    });
  }
});
