import { describe, expect, test } from 'vitest';
import { SmartonCsvOptionsError } from '../errors/smarton-csv-options-error.js';
import { resolveSmartonCsvOptions } from './smarton-csv-options.js';

function problems(input: unknown) {
  try {
    resolveSmartonCsvOptions(input);
  } catch (error) {
    expect(error).toBeInstanceOf(SmartonCsvOptionsError);
    const e = error as SmartonCsvOptionsError;
    expect(e.name).toBe('SmartonCsvOptionsError');
    expect(e.code).toBe('invalid-options');
    return e.problems;
  }
  throw new Error('expected the options to be rejected');
}

describe('resolveSmartonCsvOptions', () => {
  test('defaults', () => {
    expect(resolveSmartonCsvOptions()).toEqual({
      encoding: 'auto',
      delimiter: 'auto',
      hasHeader: 'auto',
      timeZone: 'Asia/Tokyo',
    });
  });

  test('accepts every documented field', () => {
    const o = resolveSmartonCsvOptions({
      encoding: 'Shift_JIS',
      delimiter: 'tab',
      hasHeader: false,
      columns: { date: 0, time: '時刻', account: 2, event: 'イベント', computer: 3, windowsUser: 4, ip: 5 },
      timeZone: 'Europe/Berlin',
      eventWords: { 'ユーザー切替(connect)': 'unlock' },
    });
    expect(o.encoding).toBe('shift_jis');
    expect(o.columns?.time).toBe('時刻');
  });

  test.each([
    [{ columns: { account: true } }, 'columns.account'],
    [{ columns: { acount: 1 } }, 'columns'],
    [{ columns: { account: -1 } }, 'columns.account'],
    [{ columns: { timestamp: 0, date: 1, time: 2 } }, 'columns.timestamp'],
    [{ columns: { date: 1 } }, 'columns.time'],
    [{ columns: { account: 1, event: 1 } }, 'columns.event'],
    [{ timeZone: 'Tokyo' }, 'timeZone'],
    [{ encoding: 'latin1' }, 'encoding'],
    [{ delimiter: '"' }, 'delimiter'],
    [{ delimiter: ';;' }, 'delimiter'],
    [{ hasHeader: 'yes' }, 'hasHeader'],
    [{ eventWords: { ログオン: 'clockIn' } }, 'eventWords.ログオン'],
    [{ directory: 'x' }, ''],
  ])('%j is rejected naming %s', (input, path) => {
    expect(problems(input).map((p) => p.path)).toContain(path);
  });

  test('the message lists every problem with its field', () => {
    const call = () => resolveSmartonCsvOptions({ timeZone: 'Nowhere', columns: { event: '' } });
    expect(call).toThrow(/timeZone: not an IANA time zone/);
    expect(call).toThrow(/columns\.event: a header name must not be empty/);
  });
});
