import { describe, expect, it } from 'vitest';
import type { AccountLink } from './account-link.js';
import { checkServiceAccounts } from './check-service-accounts.js';

const link = (serviceAccount: string, employeeCode: string, lineNumber: number): AccountLink => ({
  linkType: 'SmartOn ID連携',
  typeCode: '1',
  employeeCode,
  name: '',
  serviceAccount,
  lineNumber,
});

describe('checkServiceAccounts', () => {
  it('flags a サービスアカウント that lost its leading zeros, naming the form in the logs', () => {
    const problems = checkServiceAccounts(
      [link('100', '0100', 2), link('yamada', '0002', 3)],
      ['0100', 'yamada'],
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, severity: 'error', code: 'service-account-not-in-logs' });
    expect(problems[0]?.message).toContain('"0100"');
    expect(problems[0]?.fix).toContain('0100');
    // The facts by name, for the message in other languages.
    expect(problems[0]?.values).toEqual({ account: '100', seen: '"0100"', padded: '0100' });
  });

  it('matches full-width logs to half-width links (and back) without a problem', () => {
    expect(checkServiceAccounts([link('０１００', '0100', 2)], ['0100'])).toEqual([]);
    expect(checkServiceAccounts([link('0100', '0100', 2)], ['０１００'])).toEqual([]);
    // Full-width logs, a link that lost its zeros: still found.
    expect(checkServiceAccounts([link('100', '0100', 2)], ['０１００'])).toHaveLength(1);
  });

  it('says nothing about an account simply absent from the logs, or whose padded form is linked too', () => {
    expect(checkServiceAccounts([link('100', '0100', 2)], ['yamada'])).toEqual([]);
    expect(checkServiceAccounts([link('100', '0100', 2), link('0100', '0101', 3)], ['0100'])).toEqual([]);
  });
});
