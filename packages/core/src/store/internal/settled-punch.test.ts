import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ledgerPunchArbitrary } from '../../../test/support/ledger-punch-arbitrary.js';
import {
  packSettled,
  settledAt,
  settledJson,
  settledLocation,
  settledState,
  settledWorkday,
  unpackSettled,
} from './settled-punch.js';

// Any instant a Date can hold, to the millisecond.
const instant = fc.integer({ min: -8.64e15, max: 8.64e15 });
const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', '|', ',', 'a|b,c', '出勤\n\u{1F600}'),
);
const workday = fc
  .date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** A record as the ledger stores it, over the widest values the packed form must survive. */
const ledgerPunch = ledgerPunchArbitrary({
  employeeCode: fc.oneof(
    fc.string({ unit: 'binary', minLength: 1 }),
    fc.constantFrom('0001', 'a|b', '|', '||x|'),
  ),
  workday,
  seq: fc.oneof(fc.nat(20), fc.maxSafeNat()),
  count: fc.oneof(fc.nat(5), fc.maxSafeNat()),
  instant,
  text,
});

describe('packed settled punches', () => {
  it('unpack to exactly the record that was packed, key order included', () => {
    fc.assert(
      fc.property(ledgerPunch, (punch) => {
        const packed = packSettled(punch);
        if (punch.state !== 'sent' && punch.state !== 'failed') {
          expect(packed).toBeUndefined();
          return;
        }
        // Only instants too far apart to subtract exactly are left unpacked.
        fc.pre(packed !== undefined);
        const [employeeCode, key, record] = packed!;
        const unpacked = unpackSettled(employeeCode, key, record);
        expect(unpacked).toStrictEqual(punch);
        expect(JSON.stringify(unpacked)).toBe(JSON.stringify(punch));
        expect(settledJson(employeeCode, key, record)).toBe(JSON.stringify(punch));
        expect(settledState(record)).toBe(punch.state);
        expect(settledAt(record)).toBe(punch.at.getTime());
        expect(settledWorkday(key)).toBe(punch.workday);
        expect(settledLocation(punch.id)).toEqual({ employeeCode, key });
      }),
      { numRuns: 2000 },
    );
  });

  it('pack the records of a real ledger (instants close together) every time', () => {
    const near = fc
      .integer({ min: 0, max: 400 * 86_400_000 })
      .map((ms) => new Date(Date.UTC(2024, 0, 1) + ms));
    fc.assert(
      fc.property(ledgerPunch, near, near, near, near, (punch, at, plannedAt, updatedAt, sentAt) => {
        const settled = { ...punch, state: 'sent' as const, at, plannedAt, updatedAt, sentAt };
        const packed = packSettled(settled);
        expect(packed).toBeDefined();
        expect(unpackSettled(...packed!)).toStrictEqual(settled);
      }),
    );
  });

  it('leave a record whose id does not match its fields as it is', () => {
    fc.assert(
      fc.property(ledgerPunch, (punch) => {
        const settled = { ...punch, state: 'sent' as const, id: `${punch.id}x` };
        expect(packSettled(settled)).toBeUndefined();
      }),
    );
  });

  it('find no location for ids no punch can have', () => {
    for (const id of [
      '',
      'x',
      'a|b',
      '0001|2024-02-07|clockIn',
      '0001|2024-02-07|lunch|0',
      '0001|2024-02-07|clockIn|01',
      '|2024-02-07|clockIn|0',
      '0001|2024-2-7|clockIn|0',
    ]) {
      expect(settledLocation(id)).toBeUndefined();
    }
  });
});
