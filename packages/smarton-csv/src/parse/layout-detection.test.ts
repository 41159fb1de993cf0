import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import type { SmartonCsvOptions } from '../options/smarton-csv-options.js';
import { parseLogBytes } from './parse-log-bytes.js';

const parse = (
  text: string,
  options?: SmartonCsvOptions,
  encode = (t: string): Uint8Array => Buffer.from(t),
) => parseLogBytes(encode(text), 'test.csv', options);
const roles = (text: string, options?: SmartonCsvOptions) => {
  const { layout } = parse(text, options);
  return Object.fromEntries(
    Object.entries(layout?.columns ?? {}).map(([role, c]) => [role, `${c.index}/${c.source}`]),
  );
};

describe('without a header', () => {
  test('the time and event columns come from their values, the account is the first column left', () => {
    const text = '1000,2024/02/07 09:03:12,PC-01,ログオン\n1001,2024/02/07 09:04:00,PC-02,ロック\n';
    expect(roles(text)).toEqual({ account: '0/inferred', timestamp: '1/inferred', event: '3/inferred' });
    const { events, layout } = parse(text);
    expect(layout?.header).toBeNull();
    expect(events.map((e) => [e.account, e.kind])).toEqual([
      ['1000', 'logon'],
      ['1001', 'lock'],
    ]);
  });

  test('separate date and time columns', () => {
    const text = 'ログオフ,2024/02/07,18:22,yamada\nログオン,2024/02/08,09:01,yamada\n';
    expect(roles(text)).toEqual({
      event: '0/inferred',
      date: '1/inferred',
      time: '2/inferred',
      account: '3/inferred',
    });
  });

  test('an IP address column is not taken for the account', () => {
    expect(roles('2024/02/07 09:03:12,10.0.0.1,u1,LOGON\n')).toEqual({
      timestamp: '0/inferred',
      account: '2/inferred',
      event: '3/inferred',
      ip: '1/inferred',
    });
  });

  test('without any known event word the layout is not guessed', () => {
    const { events, issues, layout } = parse(
      '2024/02/07 09:03:12,1000,休止\n2024/02/07 09:05:00,1000,復帰\n',
    );
    expect(events).toEqual([]);
    expect(layout).toBeNull();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'unrecognised-layout', line: 0, severity: 'error' });
    expect(issues[0]?.reason).toMatch(/columns\.event/);
  });

  test('every column can be set by index', () => {
    const text = '休止,1000,2024/02/07 09:03:12\n';
    const { events } = parse(text, { columns: { event: 0, account: 1, timestamp: 2 } });
    expect(events).toMatchObject([{ account: '1000', kind: 'other', raw: '休止' }]);
  });

  test('a column set by name needs a header', () => {
    const { issues } = parse('2024/02/07 09:03:12,1000,LOGON\n', {
      hasHeader: false,
      columns: { account: 'User' },
    });
    expect(issues[0]?.reason).toMatch(
      /columns\.account names the column "User" but the file has no header row/,
    );
  });

  test('an index past the last column is reported', () => {
    const { issues } = parse('2024/02/07 09:03:12,1000,LOGON\n', { columns: { computer: 7 } });
    expect(issues[0]?.reason).toMatch(/columns\.computer is column 7 \(0-based\) but rows have 3 columns/);
  });
});

describe('with a header', () => {
  test('the SmartOn account wins over other account-like columns, in any order', () => {
    const header = ['ユーザー名', '日時', 'SmartOn ID', 'アカウント', 'イベント'];
    const row = ['山田 太郎', '2024/02/07 09:03:12', 'yamada', 'Y001', 'ログオン'];
    for (const order of [
      [0, 1, 2, 3, 4],
      [2, 0, 3, 1, 4],
      [3, 4, 0, 2, 1],
    ]) {
      const text = `${order.map((i) => header[i]).join(',')}\n${order.map((i) => row[i]).join(',')}\n`;
      expect(parse(text).events[0]?.account).toBe('yamada');
    }
  });

  test('names are matched after NFKC, ignoring case, spaces and quotes', () => {
    const text = '"ｲﾍﾞﾝﾄ", user name ,ＴＩＭＥＳＴＡＭＰ\nLOGON,u1,2024/02/07 09:03:12\n';
    expect(roles(text)).toEqual({ event: '0/header', account: '1/header', timestamp: '2/header' });
  });

  test('unknown names: the first row is still a header when the next rows have dates', () => {
    const text = 'when,who,what\n2024/02/07 09:03:12,u1,LOGON\n2024/02/07 09:04:12,u1,LOCK\n';
    const { layout, events } = parse(text);
    expect(layout?.header?.names).toEqual(['when', 'who', 'what']);
    expect(events).toHaveLength(2);
  });

  test('a header named like a date over full timestamps is the timestamp column', () => {
    expect(roles('日付,ユーザーID,操作\n2024/02/07 09:03:12,u1,LOGON\n')).toMatchObject({
      timestamp: '0/header',
    });
  });

  test('columns set by name win over recognised names', () => {
    const text = 'ユーザーID,社員番号,日時,イベント\nu1,E001,2024/02/07 09:03:12,LOGON\n';
    expect(parse(text, { columns: { account: '社員番号' } }).events[0]?.account).toBe('E001');
  });

  test('a header only: nothing yet, and no complaint when its names are all known', () => {
    const { events, issues, layout } = parse('日時,SmartOnアカウント,イベント\r\n');
    expect(events).toEqual([]);
    expect(issues).toEqual([]);
    expect(layout?.columnCount).toBe(3);
  });

  test('hasHeader: false reads the first row as data', () => {
    const text = 'ログ日時,ユーザー,イベント\n2024/02/07 09:03:12,u1,LOGON\n';
    const { issues } = parse(text, { hasHeader: false, columns: { timestamp: 0, account: 1, event: 2 } });
    expect(issues.map((i) => [i.line, i.code])).toEqual([[1, 'bad-timestamp']]);
  });
});

describe('delimiter and encoding', () => {
  test('tab is chosen when every line has the same number of tabs', () => {
    const text =
      '日時\tユーザーID\tイベント\n2024/02/07 09:03:12\tu1, u2\tLOGON\n2024/02/07 09:04:12\tu3\tLOCK\n';
    const { layout, events } = parse(text);
    expect(layout?.delimiter).toBe('\t');
    expect(events[0]?.account).toBe('u1, u2');
  });

  test('a file that is ASCII at first settles on CP932 at its first Japanese word', () => {
    const ascii = '2024/02/07 09:03:12,u1,LOGON\n'.repeat(3000);
    const text = `${ascii}2024/02/07 10:00:00,u1,ログオフ\n`;
    const { events, layout } = parse(text, undefined, (t) => iconv.encode(t, 'cp932'));
    expect(events.at(-1)).toMatchObject({ raw: 'ログオフ', kind: 'logoff' });
    expect(layout?.encoding).toBe('cp932');
    const utf8 = parse(text);
    expect(utf8.events.at(-1)?.raw).toBe('ログオフ');
    expect(utf8.layout?.encoding).toBe('utf-8');
  });

  test('the configured encoding is used even when the bytes would say otherwise', () => {
    const bytes = Buffer.from('日時,ユーザーID,イベント\n2024/02/07 09:03:12,u1,ログオン\n');
    const columns = { timestamp: 0, account: 1, event: 2 };
    const { events, layout } = parseLogBytes(bytes, 'x.csv', { encoding: 'cp932', columns });
    expect(layout).toMatchObject({ encoding: 'cp932', encodingSource: 'configured' });
    expect(events[0]?.raw).not.toBe('ログオン');
    expect(parseLogBytes(bytes, 'x.csv', { columns }).events[0]?.raw).toBe('ログオン');
  });
});
