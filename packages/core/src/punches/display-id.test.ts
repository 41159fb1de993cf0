import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayId, parseDisplayId } from './display-id.js';

describe('displayId', () => {
  it('prints ids with shell-safe characters only', () => {
    expect(displayId('0002|2026-12-06|clockOut|0|single-log-day')).toBe(
      '0002.2026-12-06.clockOut.0.single-log-day',
    );
    expect(displayId('A.1_x|2026-12-06|clockIn|0')).toBe('A_2E1_5Fx.2026-12-06.clockIn.0');
  });

  it('reads back every id, in the printed and in the stored form (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', minLength: 1 }), { minLength: 1, maxLength: 6 }),
        (parts) => {
          const id = parts
            .map((p) => p.replace(/\|/g, ''))
            .filter((p) => p !== '')
            .join('|');
          fc.pre(id !== '');
          const shown = displayId(id);
          expect(shown).toMatch(/^[A-Za-z0-9._-]+$/);
          expect(parseDisplayId(shown)).toBe(id);
          if (id.includes('|')) expect(parseDisplayId(id)).toBe(id);
        },
      ),
    );
  });

  it('refuses text that is no id', () => {
    expect(parseDisplayId('0002 2026')).toBeUndefined();
    expect(parseDisplayId('bad_zz')).toBeUndefined();
  });
});
