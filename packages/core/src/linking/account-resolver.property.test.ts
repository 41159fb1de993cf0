import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { LinkRow } from './account-link.js';
import { createAccountResolver } from './create-account-resolver.js';
import { normalizeAccount } from './normalize-account.js';

// resolve() answers an exact hit without normalising; it must answer exactly as normalising
// every account would, for any account, linked or not, in any width, with any spaces.
describe('createAccountResolver (property)', () => {
  const piece = fc.constantFrom(
    '1000',
    '１０００',
    'yamada',
    'ｙａｍａｄａ',
    'ｶﾞ',
    'ガ',
    'ﬁ',
    'e\u0301',
    'é',
    '0',
  );
  const spaces = fc.constantFrom('', ' ', '\u3000', '\t', '\u00a0');
  const accountArb = fc
    .tuple(spaces, fc.array(piece, { minLength: 0, maxLength: 3 }), spaces)
    .map(([a, parts, b]) => `${a}${parts.join('')}${b}`);

  test('resolves like normalising first, exact hits included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(accountArb, fc.constantFrom('0001', '0002', '0003')), { maxLength: 8 }),
        fc.array(accountArb, { maxLength: 10 }),
        (pairs, queries) => {
          const links: LinkRow[] = pairs.map(([serviceAccount, employeeCode]) => ({
            linkType: 'SmartOn ID連携',
            typeCode: '1',
            employeeCode,
            name: '',
            serviceAccount,
          }));
          const resolver = createAccountResolver(links);
          const reference = new Map<string, string>();
          const ambiguous = new Set<string>();
          for (const link of links) {
            const account = normalizeAccount(link.serviceAccount);
            if (account === '') continue;
            const existing = reference.get(account);
            if (existing !== undefined && existing !== link.employeeCode) ambiguous.add(account);
            reference.set(account, link.employeeCode);
          }
          for (const account of ambiguous) reference.delete(account);
          const asked = [...queries, ...pairs.map(([account]) => account), ...reference.keys()];
          for (const query of asked) {
            expect(resolver.resolve(query)).toBe(reference.get(normalizeAccount(query)));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
