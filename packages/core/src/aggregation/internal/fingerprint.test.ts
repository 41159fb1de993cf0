import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { LogEventKind } from '../../events/log-event.js';
import { kindRank } from './event-order.js';
import { decodeFingerprint, fingerprint, fingerprintBase } from './fingerprint.js';

/** The documented formula, written the plain way: FNV-1a over the joined string. */
function reference(
  event: { at: number; kind: LogEventKind; raw: string; account: string; computer?: string },
  base: number,
) {
  const offset = event.at - base;
  const text = `${event.account}\u0000${event.computer ?? ''}\u0000${event.raw}\u0000${offset % 1000}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (Math.floor(offset / 1000) * 8 + kindRank[event.kind]) * 2 ** 30 + ((hash >>> 0) >>> 2);
}

describe('fingerprint', () => {
  const base = fingerprintBase('2024-02-07');
  const kinds = Object.keys(kindRank) as LogEventKind[];
  const eventArb = fc.record(
    {
      at: fc.integer({ min: base, max: base + 2 ** 19 * 1000 - 1 }),
      kind: fc.constantFrom(...kinds),
      raw: fc.string({ maxLength: 12, unit: 'binary' }),
      account: fc.string({ maxLength: 12, unit: 'binary' }),
      computer: fc.string({ maxLength: 12, unit: 'binary' }),
    },
    { requiredKeys: ['at', 'kind', 'raw', 'account'] },
  );

  test('equals FNV-1a over the joined fields, so stored states keep their meaning', () => {
    fc.assert(
      fc.property(eventArb, (event) => {
        expect(fingerprint(event, base)).toBe(reference(event, base));
      }),
      { numRuns: 2000 },
    );
  });

  test('keeps the values of states stored by earlier versions', () => {
    // Values computed by the first implementation (a string built per event, then hashed).
    const logon = {
      at: Date.parse('2024-02-07T00:03:12.345Z'),
      kind: 'logon' as const,
      raw: 'ログオン',
      account: '1000',
    };
    const lock = {
      at: Date.parse('2024-02-07T09:00:00.000Z'),
      kind: 'lock' as const,
      raw: 'LOCK',
      account: 'yamada.taro',
      computer: 'PC-01',
    };
    expect(fingerprint(logon, base)).toBe(743820189073236);
    expect(fingerprint(lock, base)).toBe(1020488020717824);
    expect(decodeFingerprint(743820189073236, base)).toEqual({
      at: Date.parse('2024-02-07T00:03:12Z'),
      kind: 'logon',
    });
  });

  test('is undefined outside the day range', () => {
    expect(fingerprint({ at: base - 1, kind: 'logon', raw: 'x', account: 'a' }, base)).toBeUndefined();
    expect(
      fingerprint({ at: base + 2 ** 19 * 1000, kind: 'logon', raw: 'x', account: 'a' }, base),
    ).toBeUndefined();
  });
});
