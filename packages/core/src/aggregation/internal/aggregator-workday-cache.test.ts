import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { LogEvent } from '../../events/log-event.js';
import { workdayOf } from '../../workdays/workday-of.js';
import { createAggregator } from '../create-aggregator.js';

// The aggregator remembers the bounds of the last working day it found per zone and day-change
// time; these properties check that each event still lands on the day workdayOf gives, whatever
// the order, across DST changes (skipped and repeated hours, including at the day border).
describe('working days of the aggregator (property)', () => {
  const zones = [
    { timeZone: 'Europe/Berlin', from: Date.parse('2024-03-29T00:00:00Z'), dayBorder: '02:30' },
    { timeZone: 'Europe/Berlin', from: Date.parse('2024-10-25T00:00:00Z'), dayBorder: '02:30' },
    { timeZone: 'America/New_York', from: Date.parse('2024-11-01T00:00:00Z'), dayBorder: '01:00' },
    { timeZone: 'Asia/Tokyo', from: Date.parse('2024-02-05T00:00:00Z'), dayBorder: '05:00' },
  ];
  const caseArb = fc.constantFrom(...zones).chain((zone) =>
    fc.record({
      zone: fc.constant(zone),
      events: fc.array(
        fc.record({
          account: fc.constantFrom('a', 'b', 'c'),
          // Five days around the change, to the second, with bias towards the hours near it.
          at: fc.oneof(
            fc.integer({ min: 0, max: 5 * 86_400 }),
            fc.integer({ min: 2 * 86_400 - 4 * 3600, max: 3 * 86_400 + 4 * 3600 }),
          ),
          kind: fc.constantFrom('logon' as const, 'logoff' as const, 'lock' as const),
        }),
        { minLength: 1, maxLength: 80 },
      ),
      sorted: fc.boolean(),
      split: fc.integer({ min: 1, max: 20 }),
    }),
  );

  test('every event is counted on the working day workdayOf gives it', () => {
    fc.assert(
      fc.property(caseArb, ({ zone, events, sorted, split }) => {
        const logEvents: LogEvent[] = events.map((e) => ({
          account: e.account,
          at: new Date(zone.from + e.at * 1000),
          kind: e.kind,
          raw: e.kind,
        }));
        if (sorted) logEvents.sort((x, y) => x.at.getTime() - y.at.getTime());
        const options = { timeZone: zone.timeZone, dayBorder: zone.dayBorder };
        const aggregator = createAggregator({ workdayOptions: options });
        for (let i = 0; i < logEvents.length; i += split) aggregator.add(logEvents.slice(i, i + split));

        const expected = new Map<string, Set<number>>();
        for (const e of logEvents) {
          const key = `${e.account}|${workdayOf(e.at, options)}`;
          const seen = expected.get(key) ?? new Set<number>();
          seen.add(e.at.getTime() * 8 + ['logon', 'logoff', 'lock'].indexOf(e.kind));
          expected.set(key, seen);
        }
        const actual = new Map(aggregator.summaries().map((d) => [`${d.account}|${d.workday}`, d.count]));
        expect(actual).toEqual(new Map([...expected].map(([key, set]) => [key, set.size])));
        for (const day of aggregator.summaries()) {
          expect(workdayOf(day.first.at, options)).toBe(day.workday);
          expect(workdayOf(day.last.at, options)).toBe(day.workday);
        }
      }),
      { numRuns: 400 },
    );
  });
});
