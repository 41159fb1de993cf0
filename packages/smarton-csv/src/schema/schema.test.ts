import { describe, expect, test } from 'vitest';
import { matchHeaderName } from '../internal/header-matcher.js';
import { normalizeEventWord } from './event-vocabulary.js';
import { defaultHeaderNames } from './header-names.js';
import { normalizeHeaderName } from './normalize-name.js';

describe('header names', () => {
  test('compare after NFKC, ignoring case, spaces, quotes and punctuation', () => {
    expect(normalizeHeaderName(' ＳｍａｒｔＯｎ　ＩＤ ')).toBe(normalizeHeaderName('smarton-id'));
    expect(normalizeHeaderName('"IPｱﾄﾞﾚｽ"')).toBe(normalizeHeaderName('IPアドレス'));
    expect(normalizeHeaderName('Computer_Name')).toBe('computername');
  });

  test('every listed name maps to its role', () => {
    for (const [role, names] of Object.entries(defaultHeaderNames)) {
      for (const name of names) expect(matchHeaderName(name)?.role, name).toBe(role);
    }
  });

  test('the names from the issue are all recognised', () => {
    const expected: Record<string, string[]> = {
      timestamp: ['日時', '日付時刻', '発生日時', '記録日時', 'ログ日時', 'DateTime', 'Timestamp'],
      date: ['日付', 'Date'],
      time: ['時刻', '時間', 'Time'],
      account: [
        'SmartOnアカウント',
        'SmartOn ID',
        'アカウント',
        'ユーザーID',
        'ユーザー',
        'ユーザー名',
        'Account',
        'User',
        'UserName',
      ],
      windowsUser: ['Windowsアカウント', 'Windowsユーザー'],
      computer: [
        'コンピュータ名',
        'コンピューター名',
        'PC名',
        '端末名',
        'ホスト名',
        'Computer',
        'ComputerName',
        'Host',
      ],
      ip: ['IPアドレス', 'IP'],
      event: ['イベント', 'イベント種別', '種別', '操作', 'ログ種別', '内容', 'Event', 'Type', 'Action'],
    };
    for (const [role, names] of Object.entries(expected)) {
      for (const name of names) expect(matchHeaderName(name.toUpperCase())?.role, name).toBe(role);
    }
  });

  test('a SmartOn account name outranks every generic one', () => {
    const smarton = ['SmartOnアカウント', 'SmartOn ID', 'SmartOnログオンID'].map(
      (n) => matchHeaderName(n)?.rank,
    );
    const generic = ['アカウント', 'ユーザーID', 'ユーザー', 'User', 'UserName'].map(
      (n) => matchHeaderName(n)?.rank,
    );
    expect(Math.max(...(smarton as number[]))).toBeLessThan(Math.min(...(generic as number[])));
  });

  test('Windows user names are not accounts', () => {
    expect(matchHeaderName('Windowsユーザー')?.role).toBe('windowsUser');
    expect(matchHeaderName('備考')).toBeUndefined();
  });
});

describe('event words', () => {
  test('compare after NFKC and case folding', () => {
    expect(normalizeEventWord('ﾛｸﾞｵﾝ')).toBe('ログオン');
    expect(normalizeEventWord(' Log-On ')).toBe('logon');
    expect(normalizeEventWord('ＬＯＧＯＦＦ')).toBe('logoff');
    expect(normalizeEventWord('Sign In')).toBe('signin');
  });
});
