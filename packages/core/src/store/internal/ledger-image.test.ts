import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ledgerPunchArbitrary } from '../../../test/support/ledger-punch-arbitrary.js';
import type { LedgerPunch } from '../../ledger/ledger-punch.js';
import { type PunchState, punchStates } from '../../ledger/punch-state.js';
import type { PunchQuery } from '../punch-query.js';
import { LedgerImage } from './ledger-image.js';
import type { LedgerChange } from './record-codec.js';

// The image keeps settled punches packed and the rest as records: every read must return what a
// plain map of the stored records would, whatever mix of states, forgets and queries.

const instant = fc.oneof(
  fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2024, 2, 1) }),
  fc.integer({ min: -8.64e15, max: 8.64e15 }), // far apart: kept unpacked
);
const record = ledgerPunchArbitrary({
  employeeCode: fc.constantFrom('0001', '0002', 'a|b'),
  workday: fc.constantFrom('2024-02-06', '2024-02-07', '2024-02-08'),
  seq: fc.nat(2),
  count: fc.nat(3),
  instant,
  text: fc.string(),
});
const step = fc.oneof(
  {
    arbitrary: fc.array(record, { maxLength: 6 }).map((punches) => ({ punches, forget: [] as string[] })),
    weight: 4,
  },
  {
    arbitrary: fc
      .array(record, { maxLength: 3 })
      .map((punches) => ({ punches: [], forget: punches.map((p) => p.id) })),
    weight: 1,
  },
);
const query: fc.Arbitrary<PunchQuery> = fc.record(
  {
    state: fc.oneof(fc.constantFrom(...punchStates), fc.subarray([...punchStates])),
    employeeCode: fc.constantFrom('0001', 'a|b', 'x'),
    from: fc.constantFrom('2024-02-07', '2024-02-07|', '2024'),
    to: fc.constantFrom('2024-02-07', '2024-02-06~', '2025'),
    limit: fc.nat(4),
  },
  { requiredKeys: [] },
);

const change = (seq: number, punches: LedgerPunch[], forget: string[]): LedgerChange => ({
  seq,
  committedAt: new Date(0),
  punches,
  forget,
  checkpoints: {},
  state: {},
  caches: {},
  corrections: [],
});

describe('LedgerImage', () => {
  it('answers every read as a plain map of the stored records would', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 8 }), fc.array(query, { maxLength: 6 }), (steps, queries) => {
        const image = new LedgerImage();
        const model = new Map<string, LedgerPunch>();
        steps.forEach(({ punches, forget }, index) => {
          image.apply(change(index + 1, structuredClone(punches), forget));
          for (const punch of punches) model.set(punch.id, punch);
          for (const id of forget) model.delete(id);
        });
        for (const [id, punch] of model) expect(image.get(id)).toStrictEqual(punch);
        const counts = Object.fromEntries(punchStates.map((s) => [s, 0])) as Record<PunchState, number>;
        for (const punch of model.values()) counts[punch.state]++;
        expect(image.counts()).toEqual(counts);
        expect(image.size).toBe(model.size);
        // Snapshot lines: exactly the JSON of the stored records.
        expect([...image.entries()].sort()).toEqual(
          [...model.values()].map((value) => JSON.stringify({ type: 'punch', value })).sort(),
        );
        for (const q of [{}, ...queries]) {
          const states = q.state === undefined ? undefined : ([] as PunchState[]).concat(q.state);
          const expected = [...model.values()]
            .filter(
              (p) =>
                (!states || states.includes(p.state)) &&
                (q.employeeCode === undefined || p.employeeCode === q.employeeCode) &&
                (q.from === undefined || p.workday >= q.from) &&
                (q.to === undefined || p.workday <= q.to),
            )
            .sort((a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
            .slice(0, q.limit);
          expect(image.list(q)).toStrictEqual(expected);
        }
        const now = new Date(Date.UTC(2024, 1, 1));
        const due = [...model.values()]
          .filter((p) => p.state === 'planned' && p.at <= now && (!p.notBefore || p.notBefore <= now))
          .sort((a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        expect(image.due(now)).toStrictEqual(due);
      }),
      { numRuns: 300 },
    );
  });
});
