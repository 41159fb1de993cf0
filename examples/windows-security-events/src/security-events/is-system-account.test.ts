import { describe, expect, it } from 'vitest';
import { isSystemAccount } from './is-system-account.js';

describe('isSystemAccount', () => {
  it.each([
    'PC01$',
    'SRV-FILE01$',
    'SYSTEM',
    'system',
    'LOCAL SERVICE',
    'NETWORK SERVICE',
    'ANONYMOUS LOGON',
    'DWM-1',
    'DWM-12',
    'UMFD-0',
    'umfd-3',
    '-',
    '',
    '  ',
  ])('%j is Windows itself', (name) => {
    expect(isSystemAccount(name)).toBe(true);
  });

  it.each(['yamada', '佐藤花子', 'Administrator', 'DWM', 'DWM-admin', 'UMFD-team', 'systems', 'taro.yamada'])(
    '%j is a person',
    (name) => {
      expect(isSystemAccount(name)).toBe(false);
    },
  );
});
