import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { EmployeeDirectory } from '../directory/employee-directory.js';
import type { AccountLink } from './account-link.js';
import { createAccountResolver } from './create-account-resolver.js';
import { normalizeAccount } from './normalize-account.js';
import { unlinkedAccounts } from './unlinked-accounts.js';
import { validateLinks } from './validate-links.js';

let nextLine = 2;
const link = (employeeCode: string, serviceAccount: string): AccountLink => ({
  lineNumber: nextLine++,
  linkType: 'SmartOn ID連携',
  typeCode: '1',
  employeeCode,
  name: '',
  serviceAccount,
});

describe('normalizeAccount', () => {
  test('NFKC then trim; case, inner spaces and leading zeros still count', () => {
    expect(normalizeAccount('　１０００ ')).toBe('1000');
    expect(normalizeAccount('ｙａｍａｄａ')).toBe('yamada');
    expect(normalizeAccount('ﾔﾏﾀﾞ')).toBe('ヤマダ');
    expect(normalizeAccount('Yamada')).not.toBe(normalizeAccount('yamada'));
    expect(normalizeAccount('0001')).not.toBe(normalizeAccount('1'));
    expect(normalizeAccount('a b')).toBe('a b');
  });

  test('is idempotent (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        (s) => normalizeAccount(normalizeAccount(s)) === normalizeAccount(s),
      ),
    );
  });
});

describe('createAccountResolver', () => {
  test('resolves after NFKC and trimming, on both sides', () => {
    const resolver = createAccountResolver([link(' 0000', '１０００'), link('0001', 'hanako')]);
    expect(resolver.resolve('1000')).toBe('0000');
    expect(resolver.resolve(' 1000　')).toBe('0000');
    expect(resolver.resolve('ｈａｎａｋｏ')).toBe('0001');
    expect(resolver.resolve('Hanako')).toBeUndefined();
    expect(resolver.size).toBe(2);
  });

  test('an account linked to two employees resolves to neither', () => {
    const resolver = createAccountResolver([
      link('0000', '1000'),
      link('0001', '1000'),
      link('0002', '2000'),
    ]);
    expect(resolver.resolve('1000')).toBeUndefined();
    expect(resolver.ambiguousAccounts).toEqual(['1000']);
    expect(resolver.resolve('2000')).toBe('0002');
  });

  test('the same link twice is not ambiguous; rows without account or code are skipped', () => {
    const resolver = createAccountResolver([
      link('0000', '1000'),
      link('0000', '1000'),
      link('0001', ''),
      link('', '3000'),
    ]);
    expect(resolver.resolve('1000')).toBe('0000');
    expect(resolver.resolve('3000')).toBeUndefined();
    expect(resolver.size).toBe(1);
  });

  test('with a directory, links to unknown employees are left out', () => {
    const directory: EmployeeDirectory = { employees: [{ code: '0001', key: 'k' }], divisions: [] };
    const resolver = createAccountResolver([link('1', '1000'), link('0001', '2000')], { directory });
    expect(resolver.resolve('1000')).toBeUndefined();
    expect(resolver.unknownEmployeeAccounts).toEqual(['1000']);
    expect(resolver.resolve('2000')).toBe('0001');
  });

  test('resolve works detached from the resolver', () => {
    const { resolve } = createAccountResolver([link('0000', 'a')]);
    expect(['a', 'b'].map(resolve)).toEqual(['0000', undefined]);
  });
});

describe('unlinkedAccounts', () => {
  test('accounts seen in logs that no link covers, normalised, once each', () => {
    const links = [link('0000', '1000'), link('0001', '')];
    expect(unlinkedAccounts(['1000', 'guest', '１０００', ' guest', 'admin', '', '0001'], links)).toEqual([
      'guest',
      'admin',
      '0001',
    ]);
  });
});

describe('validateLinks', () => {
  test('duplicates: an account on two employees is an error on each line; a repeated row and an employee with two accounts are warnings', () => {
    nextLine = 2;
    const { problems } = validateLinks([
      link('0000', '1000'),
      link('0001', '1000'),
      link('0002', '2000'),
      link('0002', '2000'),
      link('0003', '3000'),
      link('0003', '3001'),
    ]);
    expect(problems.map((p) => [p.line, p.severity, p.code])).toEqual([
      [2, 'error', 'duplicate-account'],
      [3, 'error', 'duplicate-account'],
      [5, 'warning', 'duplicate-row'],
      [7, 'warning', 'duplicate-employee'],
    ]);
  });

  test('an unknown code gets every zero-padded candidate the directory has', () => {
    nextLine = 2;
    const directory: EmployeeDirectory = {
      employees: ['0007', '007', 'A7', '0070'].map((code) => ({ code, key: code })),
      divisions: [],
    };
    const { problems } = validateLinks([link('7', 'x'), link('A8', 'y')], directory);
    expect(problems[0]?.message).toContain('"0007" or "007"');
    expect(problems[1]).toMatchObject({ line: 3, code: 'unknown-employee' });
    expect(problems[1]?.message).not.toContain(' or ');
  });

  test('a service account without an employee code is an error', () => {
    nextLine = 2;
    expect(validateLinks([link('', '1000')]).problems).toMatchObject([
      { code: 'empty-employee-code', severity: 'error' },
    ]);
  });

  test('validating validated links reports no normalisation again and changes nothing (property)', () => {
    const value = fc.oneof(
      fc.constantFrom('０００１', ' 0002 ', '="0003"', '1.5E+10', '', '0004', 'ａｂｃ', '　'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { maxLength: 10 }), (pairs) => {
        const once = validateLinks(pairs.map(([c, a], i) => ({ ...link(c, a), lineNumber: i + 2 })));
        const twice = validateLinks(once.links);
        expect(twice.links).toEqual(once.links);
        expect(twice.problems.filter((p) => p.code === 'normalized')).toEqual([]);
        expect(twice.problems).toEqual(once.problems.filter((p) => p.code !== 'normalized'));
      }),
    );
  });
});
