import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../events/log-event.js';
import { createAggregator } from './create-aggregator.js';

const start = Date.parse('2024-02-05T00:00:00+09:00');
const kinds = ['logon', 'logoff', 'lock', 'unlock'] as const;

describe('a link made after the logs (property)', () => {
  it('gives the same days as the link made before them, however the events are split', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            account: fc.constantFrom('taro', 'jiro', 'ｊｉｒｏ'),
            second: fc.integer({ min: 0, max: 3 * 86_400 }),
            kind: fc.constantFrom(...kinds),
            line: fc.integer({ min: 1, max: 5 }),
          }),
          { maxLength: 30 },
        ),
        fc.nat(30),
        fc.constantFrom('00:00', '05:00'),
        (rows, split, dayBorder) => {
          const events: LogEvent[] = rows.map((r) => ({
            account: r.account,
            at: new Date(start + r.second * 1000),
            kind: r.kind,
            raw: r.kind,
            source: { file: 'a.csv', line: r.line },
          }));
          const linked: Record<string, string> = { taro: '0001', jiro: '0003' };
          const before = createAggregator({
            resolveEmployee: (a) => linked[a],
            workdayOptions: { dayBorder },
          });
          before.add(events);
          const later: Record<string, string> = { taro: '0001' };
          const options = { resolveEmployee: (a: string) => later[a], workdayOptions: { dayBorder } };
          const after = createAggregator(options);
          after.add(events.slice(0, split));
          later['jiro'] = '0003';
          after.add(events.slice(split));
          expect(after.summaries()).toEqual(before.summaries());
        },
      ),
      { numRuns: 300 },
    );
  });
});
